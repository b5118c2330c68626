/** Welcome page entry: opened once, when Maxim is installed (src/background/onboarding.ts). */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import '../ui/theme.css';
import '../ui/components.css';
import './welcome.css';
import { applyPreferences } from '../ui/preferences';
import { sendToBackground } from '../messaging/client';
import { settingsStore } from '../settings/browser-store';
import { startTryIt } from './try-it';
import { Welcome } from './Welcome';

/** The shortcut the rep has for "open the card", as the browser reports it ('' when none is set). */
async function cardShortcut(): Promise<string> {
  const commands = await browser.commands.getAll();
  return commands.find((command) => command.name === 'open-card')?.shortcut ?? '';
}

// The browser's language until the rep's choice is read, so a German browser never flashes English.
applyPreferences({ uiLanguage: 'auto', theme: 'system' });
render(
  <Welcome
    store={settingsStore}
    openOptions={() => sendToBackground('openOptions', null)}
    shortcut={cardShortcut}
    startTryIt={(field, signal) => startTryIt(field, settingsStore, signal)}
  />,
  document.getElementById('app')!,
);
