/**
 * The options page's adapter over the shared connector (src/ui/connector.ts). It adds what only
 * this page needs: the local statistics, dismissals and set-aside packs in the same live data as
 * the settings, the rep's own principles even while the policy disables them, and renaming an
 * own principle. The page never touches extension APIs itself.
 */
import type { Principle } from '../data/types';
import { OWN_PACK_ID, type ItemKey, type QuarantinedPack, type StatCounts } from '../settings';
import { PACK_KEYS } from '../settings/packs';
import { listenToStorage, type StorageLike } from '../settings/storage';
import type { Connector, UiState } from '../ui/connector';

/** Everything the options page shows, read in one go. */
export interface OptionsData extends UiState {
  /** The rep's own principles (also while the policy disables them). */
  own: Principle[];
  /** Per-principle counts kept on this machine. */
  stats: Record<string, StatCounts>;
  /** How many dismissed suggestions are remembered. */
  dismissals: number;
  /** Stored packs that failed validation and were set aside. */
  quarantined: QuarantinedPack[];
}

/** Listens to changes of the records the shared connector does not watch (statistics, dismissals). */
export type RecordsWatcher = (cb: () => void, signal: AbortSignal) => void;

const RECORD_ITEMS: readonly ItemKey[] = ['stats', 'dismissals'];
/** storage.local keys of what the page shows besides settings and packs. */
const RECORD_KEYS = new Set<string>([...RECORD_ITEMS, PACK_KEYS.quarantine]);

/** A records watcher over a storage (browser.storage or the in-memory one). */
export function recordsWatcher(storage: StorageLike): RecordsWatcher {
  return (cb, signal) =>
    listenToStorage(
      storage,
      (changes, area) => {
        if (area === 'local' && Object.keys(changes).some((key) => RECORD_KEYS.has(key))) cb();
      },
      signal,
    );
}

/** The shared connector plus what the options page needs on top. */
export interface OptionsConnector extends Omit<Connector, 'load' | 'watch'> {
  load(): Promise<OptionsData>;
  /** Calls `cb` with fresh data after every change made anywhere, until `signal` aborts. */
  watch(cb: (data: OptionsData) => void, signal: AbortSignal): void;
  /** Stores an own principle under a new id and drops the one with the old id. */
  replaceOwnPrinciple(previousId: string | undefined, principle: Principle): Promise<void>;
}

/** The own principles, read through the pack export (it works whatever the policy says). */
async function ownPrinciples(base: Connector, state: UiState): Promise<Principle[]> {
  if (!state.packs.some((p) => p.id === OWN_PACK_ID)) return [];
  const pack = JSON.parse(await base.exportPack(OWN_PACK_ID)) as { principles?: Principle[] };
  return pack.principles ?? [];
}

/** Wraps the shared connector for the options page. */
export function createOptionsConnector(
  base: Connector,
  watchRecords: RecordsWatcher,
): OptionsConnector {
  async function load(): Promise<OptionsData> {
    const state = await base.load();
    const [own, stats, dismissals, quarantined] = await Promise.all([
      ownPrinciples(base, state),
      base.loadStats(),
      base.countDismissals(),
      base.quarantine(),
    ]);
    return { ...state, own, stats, dismissals, quarantined };
  }

  function watch(cb: (data: OptionsData) => void, signal: AbortSignal): void {
    let latest = 0;
    // Only the newest reload is delivered: an older one may finish after it.
    const reload = () => {
      const run = ++latest;
      load().then(
        (data) => {
          if (run === latest && !signal.aborted) cb(data);
        },
        () => undefined,
      );
    };
    base.watch(reload, signal);
    watchRecords(reload, signal);
  }

  async function replaceOwnPrinciple(
    previousId: string | undefined,
    principle: Principle,
  ): Promise<void> {
    await base.saveOwnPrinciple(principle);
    if (previousId !== undefined && previousId !== principle.id)
      await base.deleteOwnPrinciple(previousId);
  }

  return { ...base, load, watch, replaceOwnPrinciple };
}
