/**
 * Small in-memory stand-ins for browser.scripting, browser.permissions and browser.tabs, which
 * @webext-core/fake-browser does not implement. They keep the browsers' observable rules that
 * the registration logic depends on (a duplicate id is an error; permissions are per pattern).
 */
import type { Scripting } from 'webextension-polyfill';

/** An event with addListener/removeListener and a trigger for tests. */
export function fakeEvent<A extends unknown[]>() {
  const listeners = new Set<(...args: A) => unknown>();
  return {
    addListener: (listener: (...args: A) => unknown) => void listeners.add(listener),
    removeListener: (listener: (...args: A) => unknown) => void listeners.delete(listener),
    hasListener: (listener: (...args: A) => unknown) => listeners.has(listener),
    trigger: async (...args: A) => Promise.all([...listeners].map((listener) => listener(...args))),
  };
}

/** browser.scripting with registrations in a map and injections recorded. */
export function fakeScripting() {
  const registered = new Map<string, Scripting.RegisteredContentScript>();
  const injections: Scripting.ScriptInjection[] = [];
  const calls = { register: 0, unregister: 0 };
  const failingTabs = new Set<number>();
  return {
    registered,
    injections,
    calls,
    failingTabs,
    async getRegisteredContentScripts(filter?: Scripting.ContentScriptFilter) {
      const all = [...registered.values()].map((s) => structuredClone(s));
      return filter?.ids ? all.filter((s) => filter.ids!.includes(s.id)) : all;
    },
    async registerContentScripts(scripts: Scripting.RegisteredContentScript[]) {
      calls.register++;
      for (const script of scripts) {
        if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      }
      for (const script of scripts) registered.set(script.id, structuredClone(script));
    },
    async unregisterContentScripts(filter?: Scripting.ContentScriptFilter) {
      calls.unregister++;
      const ids = filter?.ids ?? [...registered.keys()];
      for (const id of ids) {
        if (!registered.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
      }
      for (const id of ids) registered.delete(id);
    },
    async executeScript(injection: Scripting.ScriptInjection) {
      if (failingTabs.has(injection.target.tabId))
        throw new Error('Cannot access contents of the page');
      injections.push(injection);
      return [];
    },
  };
}

/** Splits `scheme://host/path` into scheme and host. */
function parts(pattern: string): { scheme: string; host: string } | null {
  const m = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
  return m ? { scheme: m[1]!, host: m[2]! } : null;
}

/** Whether the granted match pattern covers the wanted one (scheme, then host; paths are all `/*`). */
function patternCovers(granted: string, wanted: string): boolean {
  const g = parts(granted);
  const w = parts(wanted);
  if (!g || !w) return false;
  if (g.scheme !== '*' && g.scheme !== w.scheme) return false;
  if (g.host === '*') return true;
  if (!g.host.startsWith('*.')) return g.host === w.host;
  const domain = g.host.slice(2);
  const host = w.host.startsWith('*.') ? w.host.slice(2) : w.host;
  return host === domain || host.endsWith(`.${domain}`);
}

/** browser.permissions over a set of granted match patterns. */
export function fakePermissions(granted: Iterable<string> = []) {
  const origins = new Set(granted);
  const onAdded = fakeEvent<[{ origins?: string[] }]>();
  const onRemoved = fakeEvent<[{ origins?: string[] }]>();
  return {
    origins,
    onAdded,
    onRemoved,
    /** As in browsers, a granted pattern also contains every narrower one. */
    async contains(request: { origins?: string[] }) {
      return (request.origins ?? []).every((wanted) =>
        [...origins].some((granted) => patternCovers(granted, wanted)),
      );
    },
    async request(request: { origins?: string[] }) {
      for (const origin of request.origins ?? []) origins.add(origin);
      return true;
    },
    /** Revokes patterns the way the browser's extension settings do, firing onRemoved. */
    async revoke(patterns: string[]) {
      for (const origin of patterns) origins.delete(origin);
      await onRemoved.trigger({ origins: patterns });
    },
  };
}

/** browser.tabs.query by URL pattern over a fixed list of tabs. */
export function fakeTabs(tabs: { id: number; url: string }[] = []) {
  return {
    tabs,
    async query(query: { url?: string | string[] }) {
      const patterns =
        query.url === undefined ? [] : Array.isArray(query.url) ? query.url : [query.url];
      return tabs.filter((tab) => patterns.some((pattern) => matches(pattern, tab.url)));
    },
  };
}

/** A match pattern test good enough for `scheme://*.host/*` and `scheme://host/*`. */
function matches(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/([^/]+)\/\*$/.exec(pattern);
  if (!m) return false;
  const page = new URL(url);
  if (m[1] !== '*' && `${m[1]}:` !== page.protocol) return false;
  const host = m[2]!;
  if (host === '*') return true;
  if (host.startsWith('*.'))
    return page.hostname === host.slice(2) || page.hostname.endsWith(host.slice(1));
  return page.hostname === host;
}
