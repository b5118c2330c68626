/** The connector inside the extension: browser.storage, browser.permissions, the service worker. */
import browser from 'webextension-polyfill';
import { corePack } from '../data/principles';
import { sendToBackground } from '../messaging/client';
import { unavailableSite } from '../settings/sites';
import { settingsStore } from '../settings/browser-store';
import type { Connector, CurrentSite } from './connector';
import { createConnector } from './connector-core';

/** The active tab of the window the page belongs to, and what Maxim does there. */
async function currentSite(): Promise<CurrentSite> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  // Without a URL (no permission for the tab, or a browser page) there is nothing to decide.
  if (!tab?.url)
    return tab?.id === undefined
      ? { site: unavailableSite() }
      : { tabId: tab.id, site: unavailableSite() };
  const site = await sendToBackground('getSiteState', { url: tab.url });
  if (tab.id === undefined) return { site };
  // The draft is a bonus: without it the popup is the plain library.
  const draft = await sendToBackground('getTabDraft', { tabId: tab.id, url: tab.url }).then(
    (reply) => reply.principleIds,
    () => [],
  );
  return { tabId: tab.id, site, draft };
}

/** Copies with the async clipboard API, or with a selected text field where that is refused. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.opacity = '0';
    document.body.append(field);
    field.select();
    // execCommand is deprecated but remains the only fallback when the clipboard API is refused.
    const copied = document.execCommand('copy');
    field.remove();
    return copied;
  }
}

/** The connector of an extension page (popup, options). */
export function createExtensionConnector(): Connector {
  return createConnector(settingsStore, [corePack], {
    requestOrigins: (origins) => browser.permissions.request({ origins }),
    applySite: (request) => sendToBackground('setSiteEnabled', request),
    getCurrentSite: currentSite,
    copyText,
    openOptions: async () => {
      await sendToBackground('openOptions', null);
    },
  });
}
