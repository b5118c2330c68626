/** Keeps Maxim's exceptions out of the page: every listener and callback runs through `guard`. */

/** Reports an error quietly (debug level: a page's console must stay free of Maxim's errors). */
export function report(error: unknown): void {
  try {
    console.debug('Maxim:', error);
  } catch {
    // A page may have replaced console; nothing else to do.
  }
}

/** Wraps a function so that whatever it throws (or rejects with) never reaches the page. */
export function guard<A extends unknown[]>(fn: (...args: A) => unknown): (...args: A) => void {
  return (...args: A) => {
    try {
      const result = fn(...args);
      if (result instanceof Promise) result.catch(report);
    } catch (error) {
      report(error);
    }
  };
}

/** Adds a guarded event listener that is removed when `signal` aborts. */
export function listen<E extends Event>(
  target: EventTarget,
  type: string,
  handler: (event: E) => unknown,
  signal: AbortSignal,
  capture = false,
): void {
  target.addEventListener(type, guard(handler as (event: Event) => unknown), {
    capture,
    signal,
    passive: false,
  });
}
