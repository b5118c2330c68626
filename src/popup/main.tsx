/** Popup entry: renders the quick reference over the extension's connector. */
import { render } from 'preact';
import '../ui/theme.css';
import '../ui/components.css';
import './popup.css';
import { createExtensionConnector } from '../ui/connector-extension';
import { applyPreferences } from '../ui/preferences';
import { Popup } from './Popup';

// The browser's language until the rep's choice is read, so a German browser never flashes English.
applyPreferences({ uiLanguage: 'auto', theme: 'system' });
render(<Popup connector={createExtensionConnector()} />, document.getElementById('app')!);
