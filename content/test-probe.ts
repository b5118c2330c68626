/**
 * What Maxim holds on to in a page, counted for the churn test: event listeners, observed targets
 * (mutation, resize and intersection observers), highlights and shadow hosts. Only the test build
 * (`MAXIM_TEST_BUILD=1`, dist/chrome-test) has it: `__MAXIM_TEST__` is false in every other build,
 * so the bundler drops the call and this module (test/e2e/build-output.e2e.ts checks the release
 * files). It wraps the prototypes of the content script's own world, which the page does not share,
 * and publishes the counts there, where only the DevTools protocol reads them.
 */

declare global {
  /** Set by the build: true only in the test build. */
  const __MAXIM_TEST__: boolean;
}

/** What the probe counts, as the churn test reads it. */
export interface ProbeCounts {
  listeners: number;
  /** Listeners by event type, for a failure message. */
  listenersByType: Record<string, number>;
  /** Targets observed by a mutation, resize or intersection observer, by observer kind. */
  observed: Record<string, number>;
  /** Ranges in Maxim's highlights (`maxim-*` in CSS.highlights). */
  highlightRanges: number;
  highlights: number;
  /** `maxim-ui` hosts in the document. */
  hosts: number;
}

const PROBE_KEY = '__maximProbe';

/** Wraps the world's prototypes once; later calls do nothing. */
export function installTestProbe(): void {
  const scope = globalThis as unknown as Record<string, unknown>;
  if (scope[PROBE_KEY]) return;
  const listeners = new WeakMap<EventTarget, Map<string, Set<unknown>>>();
  const byType = new Map<string, number>();
  let listenerCount = 0;
  const bump = (type: string, by: number) => {
    listenerCount += by;
    byType.set(type, (byType.get(type) ?? 0) + by);
  };
  const captureOf = (options: unknown) =>
    typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean })?.capture);
  const forget = (target: EventTarget, type: string, listener: unknown, capture: boolean) => {
    const set = listeners.get(target)?.get(`${type}|${capture}`);
    if (set?.delete(listener)) bump(type, -1);
  };
  const { addEventListener, removeEventListener } = EventTarget.prototype;
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    addEventListener.call(this, type, listener, options);
    const opts = typeof options === 'object' ? options : undefined;
    if (!listener || opts?.signal?.aborted) return;
    const capture = captureOf(options);
    let byKey = listeners.get(this);
    if (!byKey) listeners.set(this, (byKey = new Map()));
    const key = `${type}|${capture}`;
    let set = byKey.get(key);
    if (!set) byKey.set(key, (set = new Set()));
    if (set.has(listener)) return;
    set.add(listener);
    bump(type, 1);
    const drop = forget.bind(null, this, type, listener, capture);
    if (opts?.once) addEventListener.call(this, type, drop, { once: true, capture });
    if (opts?.signal) addEventListener.call(opts.signal, 'abort', drop, { once: true });
  };
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) {
    removeEventListener.call(this, type, listener, options);
    forget(this, type, listener, captureOf(options));
  };

  const observed = new Map<string, Map<object, Set<object>>>();
  const observers = (kind: string) => {
    let map = observed.get(kind);
    if (!map) observed.set(kind, (map = new Map()));
    return map;
  };
  for (const [kind, Observer] of [
    ['mutation', globalThis.MutationObserver],
    ['resize', globalThis.ResizeObserver],
    ['intersection', globalThis.IntersectionObserver],
  ] as const) {
    if (!Observer) continue;
    const proto = Observer.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    const { observe, unobserve, disconnect } = proto;
    proto.observe = function (this: object, target: unknown, ...rest: unknown[]) {
      const map = observers(kind);
      if (!map.has(this)) map.set(this, new Set());
      map.get(this)!.add(target as object);
      return observe!.call(this, target, ...rest);
    };
    if (unobserve)
      proto.unobserve = function (this: object, target: unknown) {
        observers(kind)
          .get(this)
          ?.delete(target as object);
        return unobserve.call(this, target);
      };
    proto.disconnect = function (this: object) {
      observers(kind).delete(this);
      return disconnect!.call(this);
    };
  }

  const counts = (): ProbeCounts => {
    let highlightRanges = 0;
    let highlights = 0;
    const registry = (globalThis.CSS as unknown as { highlights?: Map<string, Set<Range>> })
      ?.highlights;
    registry?.forEach((highlight, name) => {
      if (!name.startsWith('maxim-')) return;
      highlights += 1;
      highlightRanges += highlight.size;
    });
    const observedCounts: Record<string, number> = {};
    for (const [kind, map] of observed) {
      let n = 0;
      for (const targets of map.values()) n += targets.size;
      observedCounts[kind] = n;
    }
    return {
      listeners: listenerCount,
      listenersByType: Object.fromEntries([...byType].filter(([, n]) => n !== 0)),
      observed: observedCounts,
      highlightRanges,
      highlights,
      hosts: document.querySelectorAll('maxim-ui').length,
    };
  };
  scope[PROBE_KEY] = { counts };
}
