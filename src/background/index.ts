/** The service worker: routes protocol messages and keyboard commands. */
import browser from 'webextension-polyfill';
import { createRouter, type Handlers } from '../messaging/router';
import type { BackgroundProtocol } from '../messaging/protocol';
import { sendToTab } from '../messaging/client';
import { siteStateFor } from './site-state';

const handlers: Handlers<BackgroundProtocol> = {
  ping: () => ({ version: browser.runtime.getManifest().version }),
  openOptions: async () => {
    await browser.runtime.openOptionsPage();
    return null;
  },
  getSiteState: ({ url }) => siteStateFor(url),
};

browser.runtime.onMessage.addListener(createRouter(handlers));

browser.commands.onCommand.addListener((command, tab) => {
  if (command !== 'open-card' || tab?.id === undefined) return;
  // A tab without Maxim's content script has nobody to answer; that is fine.
  sendToTab(tab.id, 'openCard', null).catch(() => undefined);
});
