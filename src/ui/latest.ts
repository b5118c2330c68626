/**
 * The one guard against stale async results: reads can finish out of order (storage.managed alone
 * can take a second in Chromium), and a result must not replace what a newer request brought.
 */
import { useEffect, useState } from 'preact/hooks';

/** Starts a request and returns its check: true while no newer request has started. */
export type BeginRequest = () => () => boolean;

/** A fresh sequence of requests; each `begin()` makes every earlier request stale. */
export function latestOnly(): BeginRequest {
  let latest = 0;
  return () => {
    const run = ++latest;
    return () => run === latest;
  };
}

/**
 * A component's sequence of requests, stable for its life; unmounting makes every pending one
 * stale. A value a watcher pushes counts as a request of its own (`begin()`, then show it), so an
 * older read still in flight cannot replace it.
 */
export function useLatest(): BeginRequest {
  const [begin] = useState(latestOnly);
  useEffect(() => () => void begin(), [begin]);
  return begin;
}
