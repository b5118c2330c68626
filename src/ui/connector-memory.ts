/**
 * The connector without the extension: the real settings store over the in-memory storage of
 * @webext-core/fake-browser, and a pretend browser (one tab, a permission prompt that answers as
 * told, a clipboard that records). Component tests use it, and so does the browser preview of the pages.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { corePack } from '../data/principles';
import type { Pack } from '../data/types';
import {
  createSettingsStore,
  effectiveSettings,
  isKnownHost,
  siteLock,
  POLICY_LOCK_MESSAGE,
  type SettingsStore,
  type StorageAreaLike,
  type StorageLike,
} from '../settings';
import { matchPatternCovers, siteListsAfter, siteStateFrom, webUrl } from '../settings/sites';
import type { Connector } from './connector';
import { createConnector } from './connector-core';

/** Options of the in-memory connector. */
export interface MemoryConnectorOptions {
  /** What storage.sync and storage.local hold when the connector is created. */
  sync?: Record<string, unknown>;
  local?: Record<string, unknown>;
  /** The policy an administrator would deploy (storage.managed). */
  managed?: Record<string, unknown>;
  bundled?: readonly Pack[];
  /** The page the popup pretends to be opened on; none means a tab without a URL. */
  tab?: {
    id: number;
    url?: string;
    /** The principles of its draft, best first. */ draft?: string[];
  };
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

/** storage.managed as browsers offer it: the extension reads it and cannot write it. */
function readOnly(area: StorageAreaLike): StorageAreaLike {
  const refuse = () => Promise.reject(new Error('storage.managed is read-only'));
  return { get: (keys) => area.get(keys), set: refuse, remove: refuse };
}

/**
 * The fake browser's storage, emptied (listeners too) and filled with `contents`. There is one
 * fake browser per page or test file, so the newest connector owns it. Every access waits for the
 * filling, so the connector is ready as soon as it is created.
 */
function seededStorage(
  contents: Pick<MemoryConnectorOptions, 'sync' | 'local' | 'managed'>,
): StorageLike {
  const { storage } = fakeBrowser;
  storage.resetState();
  const seeded = Promise.all([
    storage.sync.set(contents.sync ?? {}),
    storage.local.set(contents.local ?? {}),
    storage.managed.set(contents.managed ?? {}),
  ]);
  const afterSeeding = (area: StorageAreaLike): StorageAreaLike => ({
    get: async (keys) => (await seeded, area.get(keys ?? null)),
    set: async (items) => (await seeded, area.set(items)),
    remove: async (keys) => (await seeded, area.remove(keys)),
  });
  return {
    sync: afterSeeding(storage.sync),
    local: afterSeeding(storage.local),
    managed: readOnly(afterSeeding(storage.managed)),
    onChanged: storage.onChanged,
  };
}

/** Creates the in-memory connector. */
export function createMemoryConnector(options: MemoryConnectorOptions = {}): MemoryConnector {
  const storage = seededStorage(options);
  const store = createSettingsStore(storage);
  const grantedOrigins = new Set(options.grantedOrigins ?? []);
  const tab = options.tab;

  const permitted = (url: string | undefined) => {
    const page = webUrl(url);
    if (!page) return false;
    return (
      isKnownHost(page.hostname) ||
      [...grantedOrigins].some((pattern) => matchPatternCovers(pattern, page))
    );
  };
  const stateOf = async (url: string | undefined) =>
    siteStateFrom(url, (await store.loadState()).effective, permitted(url));

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
        const url =
          tab?.url && webUrl(tab.url)?.hostname === request.hostname
            ? tab.url
            : `https://${request.hostname}/`;
        return siteStateFrom(
          url,
          effectiveSettings({ ...settings, ...lists }, policy),
          permitted(url),
        );
      },
      getCurrentSite: async () =>
        tab
          ? { tabId: tab.id, site: await stateOf(tab.url), draft: tab.draft ?? [] }
          : { site: await stateOf(undefined) },
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
