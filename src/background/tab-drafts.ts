/**
 * What the popup knows of a tab's draft: the ids of the principles of the field Maxim analysed
 * last in that tab, best first. Never the rep's text. Kept in `storage.session` (memory only,
 * gone when the browser closes, and it survives the service worker going to sleep), forgotten
 * when the tab closes or loads another page.
 */

/** The part of a storage area the drafts use (`storage.session`). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** What is kept per tab: the page (without its #fragment) and the principles, best first. */
interface TabDraft {
  page: string;
  ids: string[];
}

const KEY_PREFIX = 'draft:';
const keyOf = (tabId: number) => `${KEY_PREFIX}${tabId}`;

/** A page without its fragment: a web app that only changes its #hash stays on the same draft. */
export function pageOf(url: string | undefined): string {
  if (!url) return '';
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

function isTabDraft(value: unknown): value is TabDraft {
  const draft = value as TabDraft | undefined;
  return (
    typeof draft?.page === 'string' &&
    Array.isArray(draft.ids) &&
    draft.ids.every((id) => typeof id === 'string')
  );
}

/** An area in memory, where the browser has no `storage.session`. */
export function memoryArea(): SessionArea {
  const items = new Map<string, unknown>();
  return {
    get: async (key) => (items.has(key) ? { [key]: items.get(key) } : {}),
    set: async (entries) => {
      for (const [key, value] of Object.entries(entries)) items.set(key, value);
    },
    remove: async (key) => void items.delete(key),
  };
}

/** The drafts of every tab over a session storage area. */
export function createTabDrafts(area: SessionArea) {
  return {
    /** Records the principles of the field just analysed in a tab (an empty list: none fit). */
    record(tabId: number, url: string | undefined, ids: readonly string[]): Promise<void> {
      const draft: TabDraft = { page: pageOf(url), ids: [...new Set(ids)] };
      return area.set({ [keyOf(tabId)]: draft });
    },
    /** The principles of a tab's draft, while the tab still shows the page they were found on. */
    async principlesOf(tabId: number, url: string | undefined): Promise<string[]> {
      const stored = (await area.get(keyOf(tabId)))[keyOf(tabId)];
      if (!isTabDraft(stored) || stored.page !== pageOf(url)) return [];
      return stored.ids;
    },
    /** Forgets a tab's draft (the tab closed or loads a page). */
    forget(tabId: number): Promise<void> {
      return area.remove(keyOf(tabId));
    },
  };
}

export type TabDrafts = ReturnType<typeof createTabDrafts>;
