/** The page's live state: loaded once, refreshed after every change made anywhere. */
import { useEffect, useState } from 'preact/hooks';
import type { Notice } from '../settings';
import type { Connector, UiState } from './connector';
import { useLatest } from './latest';
import { applyPreferences } from './preferences';

/** What a page renders: the state, or the error that kept it from loading. */
export interface LiveState {
  state?: UiState;
  error?: string;
}

/** Notices seen so far plus new ones, each once. */
function mergeNotices(seen: readonly Notice[], fresh: readonly Notice[]): Notice[] {
  const ids = new Set(seen.map((n) => `${n.key}\n${n.problem}`));
  return [...seen, ...fresh.filter((n) => !ids.has(`${n.key}\n${n.problem}`))];
}

/**
 * Loads the state and keeps it current until the component unmounts. Language and theme are
 * applied before each render, so every string follows the rep's choice.
 */
export function useUiState(connector: Connector): LiveState {
  const [live, setLive] = useState<LiveState>({});
  const begin = useLatest();
  useEffect(() => {
    const controller = new AbortController();
    const show = (state: UiState) => {
      applyPreferences(state.effective);
      // A repair is written back, so the next read no longer reports it: keep what was seen.
      setLive((old) => ({
        state: { ...state, notices: mergeNotices(old.state?.notices ?? [], state.notices) },
      }));
    };
    connector.watch((state) => {
      begin();
      show(state);
    }, controller.signal);
    const isLatest = begin();
    connector.load().then(
      (state) => {
        // A change may have been delivered first; the first load is then the older state.
        if (isLatest()) show(state);
      },
      (error: unknown) => {
        if (!controller.signal.aborted)
          setLive({ error: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => controller.abort();
  }, [connector, begin]);
  return live;
}
