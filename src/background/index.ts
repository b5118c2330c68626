/** The service worker: routes protocol messages and keyboard commands, keeps site registrations current. */
import browser from 'webextension-polyfill';
import { createRouter, type Handlers } from '../messaging/router';
import type { BackgroundProtocol } from '../messaging/protocol';
import { sendToAllFrames } from '../messaging/client';
import { settingsStore } from '../settings/browser-store';
import { createSiteRegistrar } from './site-registration';
import { createSiteService } from './site-state';
import { createActivation } from './activation';
import { createWorkerAnalysis } from './analysis';

const sites = createSiteService(
  settingsStore,
  createSiteRegistrar({
    scripting: browser.scripting,
    permissions: browser.permissions,
    tabs: browser.tabs,
  }),
  browser.permissions,
);

const inline = createWorkerAnalysis(settingsStore, new AbortController().signal);
const startHere = createActivation({
  loadState: () => settingsStore.loadState(),
  executeScript: (injection) => browser.scripting.executeScript(injection),
});

const handlers: Handlers<BackgroundProtocol> = {
  ping: () => ({ version: browser.runtime.getManifest().version }),
  startHere: (_request, sender) => startHere(sender),
  openOptions: async () => {
    await browser.runtime.openOptionsPage();
    return null;
  },
  getSiteState: ({ url }) => sites.stateOf(url),
  setSiteEnabled: (request) => sites.setSiteEnabled(request),
  syncSiteScripts: () => sites.sync(),
  analyze: (request) => inline.analyze(request),
};

/** Reconciles registrations; a failure is logged, never thrown into an event listener. */
function sync(): void {
  sites
    .sync()
    .catch((error: unknown) => console.warn('Maxim: could not update site registrations', error));
}

// Listeners are added synchronously at the top level: a service worker woken by an event has
// to find them registered before that event is dispatched.
browser.runtime.onMessage.addListener(createRouter(handlers));
browser.runtime.onInstalled.addListener(sync);
browser.runtime.onStartup.addListener(sync);
// A site permission granted (from the popup, whose answer may arrive after the popup closed, or
// in the browser's own site-access menu) turns that site on; a revoked one drops its registration.
browser.permissions.onAdded.addListener((permissions) => {
  sites
    .permissionsAdded(permissions.origins ?? [])
    .catch((error: unknown) => console.warn('Maxim: could not turn the site on', error));
});
browser.permissions.onRemoved.addListener(sync);
// Sites turned on or off in the options page, the popup or the inline card.
settingsStore.watchSettings((state) => {
  sites
    .syncWith(state.effective)
    .catch((error: unknown) => console.warn('Maxim: could not update site registrations', error));
}, new AbortController().signal);

browser.commands.onCommand.addListener((command, tab) => {
  if (command !== 'open-card' || tab?.id === undefined) return;
  // Every frame hears it; only the one whose field has focus answers (fields in iframes included).
  // A tab without Maxim's content script has nobody to answer; that is fine.
  sendToAllFrames(tab.id, 'openCard', null).catch(() => undefined);
});
