/** The service worker: routes protocol messages and keyboard commands, keeps site registrations current. */
import browser, { type Scripting } from 'webextension-polyfill';
import { createRouter, type Handlers } from '../messaging/router';
import type { BackgroundProtocol } from '../messaging/protocol';
import { sendToAllFrames } from '../messaging/client';
import { settingsStore } from '../settings/browser-store';
import { createSiteRegistrar } from './site-registration';
import { createSiteService } from './site-state';
import { createActivation, createFrameActivation } from './activation';
import { createWorkerAnalysis } from './analysis';
import { createOnboarding } from './onboarding';
import { createPauseEnd } from './pause-end';
import { createTabDrafts, memoryArea, type SessionArea } from './tab-drafts';

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
// storage.session outlives the worker's sleep but not the browser; where it is missing, memory.
const drafts = createTabDrafts(
  (browser.storage as { session?: SessionArea }).session ?? memoryArea(),
);
const activationApis = {
  loadState: () => settingsStore.loadState(),
  executeScript: (injection: Scripting.ScriptInjection) =>
    browser.scripting.executeScript(injection),
};
const startHere = createActivation(activationApis);
const startFrames = createFrameActivation(activationApis);

const pauseEnd = createPauseEnd({
  alarms: browser.alarms,
  setBadge: (text) => browser.action.setBadgeText({ text }),
  pausedBadge: () => browser.i18n.getMessage('actionBadgePaused'),
  loadSettings: async () => (await settingsStore.loadState()).settings,
  saveSettings: (patch) => settingsStore.saveSettings(patch),
  now: () => Date.now(),
});

/** Brings the pause's alarm and badge in line with the settings; a failure is logged. */
function syncPause(settings: Parameters<typeof pauseEnd.sync>[0]): void {
  pauseEnd
    .sync(settings)
    .catch((error: unknown) =>
      console.warn('Maxim: could not schedule the end of the pause', error),
    );
}

const handlers: Handlers<BackgroundProtocol> = {
  ping: () => ({ version: browser.runtime.getManifest().version }),
  startHere: (_request, sender) => startHere(sender),
  startFrames: (_request, sender) => startFrames(sender),
  openOptions: async () => {
    await browser.runtime.openOptionsPage();
    return null;
  },
  getSiteState: ({ url }) => sites.stateOf(url),
  setSiteEnabled: (request) => sites.setSiteEnabled(request),
  syncSiteScripts: () => sites.sync(),
  analyze: async (request, sender) => {
    const result = await inline.analyze(request);
    const tabId = sender.tab?.id;
    if (tabId !== undefined) {
      const ids = [...result.suggestions, ...result.replyTo].map((suggestion) => suggestion.id);
      // What the popup shows first; a failure to keep it must not cost the rep the analysis.
      await drafts
        .record(tabId, sender.tab?.url, ids)
        .catch((error: unknown) => console.warn('Maxim: could not note the draft', error));
    }
    return result;
  },
  getTabDraft: async ({ tabId, url }) => ({
    principleIds: await drafts.principlesOf(tabId, url),
  }),
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
browser.runtime.onInstalled.addListener(
  createOnboarding((path) => browser.tabs.create({ url: browser.runtime.getURL(path) })),
);
browser.runtime.onStartup.addListener(sync);
browser.alarms.onAlarm.addListener((alarm) => {
  pauseEnd
    .onAlarm(alarm.name)
    .catch((error: unknown) => console.warn('Maxim: could not end the pause', error));
});
// The worker starts after the browser did or after it slept: the badge and alarm may be stale.
settingsStore.loadState().then(
  (state) => syncPause(state.settings),
  () => undefined,
);
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
  syncPause(state.settings);
  sites
    .syncWith(state.effective)
    .catch((error: unknown) => console.warn('Maxim: could not update site registrations', error));
}, new AbortController().signal);

// A tab's draft is forgotten when the tab closes or loads a page (a reload included).
const forgetDraft = (tabId: number) => {
  drafts.forget(tabId).catch(() => undefined);
};
browser.tabs.onRemoved.addListener(forgetDraft);
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') forgetDraft(tabId);
});

browser.commands.onCommand.addListener((command, tab) => {
  if (command !== 'open-card' || tab?.id === undefined) return;
  // Every frame hears it; only the one whose field has focus answers (fields in iframes included).
  // A tab without Maxim's content script has nobody to answer; that is fine.
  sendToAllFrames(tab.id, 'openCard', null).catch(() => undefined);
});
