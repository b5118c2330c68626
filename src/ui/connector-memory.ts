/**
 * The connector without the extension: the real settings store over an in-memory storage, and a
 * pretend browser (one tab, a permission prompt that answers as told, a clipboard that records).
 * Component tests use it, and so does the browser preview of the pages.
 */
import { corePack } from '../data/principles';
import type { Pack } from '../data/types';
import {
  createSettingsStore,
  effectiveSettings,
  hostMatchesPattern,
  isKnownHost,
  siteLock,
  POLICY_LOCK_MESSAGE,
  type SettingsStore,
  type StorageLike,
} from '../settings';
import { siteListsAfter, siteStateFrom, webUrl } from '../messaging/site-rules';
import type { Connector } from './connector';
import { createConnector } from './connector-core';
import { createMemoryStorage, type MemoryStorageContents } from './memory-storage';

/** Options of the in-memory connector. */
export interface MemoryConnectorOptions extends MemoryStorageContents {
  bundled?: readonly Pack[];
  /** The page the popup pretends to be opened on; none means a tab without a URL. */
  tab?: { id: number; url?: string };
  /** What the permission prompt answers (default: grants). */
  grant?: (origins: string[]) => boolean;
  /** Host permissions granted before the page opened (match patterns). */
  grantedOrigins?: string[];
  /** What copying answers (default: succeeds). */
  clipboardWorks?: boolean;
}

/** The in-memory connector plus what tests inspect. */
export interface MemoryConnector extends Connector {
  storage: StorageLike;
  store: SettingsStore;
  /** Texts copied, in order. */
  clipboard: string[];
  /** Every permission request, in order. */
  permissionRequests: string[][];
  /** Every site change that reached the pretend service worker. */
  siteChanges: { hostname: string; on: boolean; tabId?: number }[];
  /** Host permissions the pretend browser has granted. */
  grantedOrigins: Set<string>;
  optionsOpened: number;
}

/** Whether a granted match pattern (a host, `*.` a domain, or every host) covers a page. */
function patternCovers(pattern: string, page: URL): boolean {
  const match = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
  if (!match) return false;
  const [, scheme = '', host = ''] = match;
  if (scheme !== '*' && `${scheme}:` !== page.protocol) return false;
  return host === '*' || hostMatchesPattern(page.hostname, host);
}

/** Creates the in-memory connector. */
export function createMemoryConnector(options: MemoryConnectorOptions = {}): MemoryConnector {
  const storage = createMemoryStorage(options);
  const store = createSettingsStore(storage);
  const grantedOrigins = new Set(options.grantedOrigins ?? []);
  const tab = options.tab;

  const permitted = (url: string | undefined) => {
    const page = webUrl(url);
    if (!page) return false;
    return isKnownHost(page.hostname) || [...grantedOrigins].some((pattern) => patternCovers(pattern, page));
  };
  const stateOf = async (url: string | undefined) => siteStateFrom(url, (await store.loadState()).effective, permitted(url));

  const connector: MemoryConnector = {
    ...createConnector(store, options.bundled ?? [corePack], {
      requestOrigins: (origins) => {
        connector.permissionRequests.push(origins);
        const granted = options.grant ? options.grant(origins) : true;
        if (granted) origins.forEach((origin) => grantedOrigins.add(origin));
        return Promise.resolve(granted);
      },
      applySite: async (request) => {
        connector.siteChanges.push(request);
        const { settings, policy } = await store.loadState();
        if (!request.on && siteLock(policy, request.hostname)) throw new Error(POLICY_LOCK_MESSAGE);
        const lists = siteListsAfter(settings, request.hostname, request.on);
        await store.saveSettings(lists);
        const url = tab?.url && webUrl(tab.url)?.hostname === request.hostname ? tab.url : `https://${request.hostname}/`;
        return siteStateFrom(url, effectiveSettings({ ...settings, ...lists }, policy), permitted(url));
      },
      getCurrentSite: async () => (tab ? { tabId: tab.id, site: await stateOf(tab.url) } : { site: await stateOf(undefined) }),
      copyText: async (text) => {
        if (options.clipboardWorks === false) return false;
        connector.clipboard.push(text);
        return true;
      },
      openOptions: async () => {
        connector.optionsOpened++;
      },
    }),
    storage,
    store,
    clipboard: [],
    permissionRequests: [],
    siteChanges: [],
    grantedOrigins,
    optionsOpened: 0,
  };
  return connector;
}
