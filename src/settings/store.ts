/**
 * The settings store: typed accessors, whole-settings load with repair notices, the policy, the
 * effective settings, live updates, packs, dismissals and statistics, over one injected storage.
 */
import { addDismissal, bumpStat, bumpWeek, removeDismissal } from './activity';
import { createCore, INTERNAL_KEYS } from './core';
import { effectiveSettings, type EffectiveSettings } from './effective';
import { createItems, type Items } from './items';
import { readPolicy, type ManagedPolicy, type PackValidator } from './managed';
import { migrateStorage, type MigrationOutcome } from './migrations';
import { checkValue, notice, repairValue, type Notice } from './notices';
import { createPackStore, type PackStore } from './packs';
import {
  PREFERENCE_DEFS,
  SETTING_KEYS,
  defaultSettings,
  type ItemDef,
  type ItemValues,
  type SettingKey,
  type Settings,
  type StatKind,
} from './schema';
import { listenToStorage, type StorageLike } from './storage';

/** The preferences and what was repaired or noticed while reading them. */
export interface LoadedSettings {
  settings: Settings;
  notices: Notice[];
}

/** Everything a surface needs to act: preferences, policy, effective settings and all notices. */
export interface SettingsState extends LoadedSettings {
  policy: ManagedPolicy;
  effective: EffectiveSettings;
}

/** The settings store of one extension context. */
export interface SettingsStore {
  /** One typed accessor per stored item (preferences, dismissals, stats). */
  items: Items;
  /** The rep's packs and own principles. */
  packs: PackStore;
  /** All preferences, each corrupt value repaired (and written back) with a notice. Never throws. */
  loadSettings(): Promise<LoadedSettings>;
  /** Validates and stores several preferences at once; rejects on an invalid value. */
  saveSettings(patch: Partial<Settings>): Promise<Notice[]>;
  /** Stores every preference's default. */
  resetSettings(): Promise<Notice[]>;
  /** Forgets the kept repair notices: the rep has read them. */
  dismissRepairNotices(): Promise<void>;
  /** The organisation's policy (empty without one). Never throws. */
  loadPolicy(): Promise<{ policy: ManagedPolicy; notices: Notice[] }>;
  /** Preferences, policy and effective settings together. Never throws. */
  loadState(): Promise<SettingsState>;
  /** Calls `cb` with a fresh state after every change of preferences or policy, until `signal` aborts. */
  watchSettings(cb: (state: SettingsState) => void, signal: AbortSignal): void;
  /** Mutes a principle from the inline card: the same list as turning it off in the options. */
  mutePrinciple(principleId: string): Promise<Notice[]>;
  /** Turns a principle muted from the card back on (the undo of `mutePrinciple`). */
  unmutePrinciple(principleId: string): Promise<Notice[]>;
  /** Remembers a dismissed suggestion (by text fingerprint, with the site when known) and counts it. */
  dismiss(fingerprint: string, principleId: string): Promise<void>;
  /** Forgets one dismissed suggestion: it comes up again on that text (the card's undo, the options' Forget). */
  forgetDismissal(fingerprint: string, principleId: string): Promise<void>;
  /** Counts one event of a principle (shown, inserted, copied, dismissed). */
  recordStat(principleId: string, kind: StatKind): Promise<void>;
  clearDismissals(): Promise<void>;
  clearStats(): Promise<void>;
}

/** Dependencies a test or another runtime may replace. */
export interface SettingsStoreOptions {
  validatePack?: PackValidator;
  /** Clock for dismissal, statistics and quarantine timestamps. */
  now?: () => number;
  /** The site a dismissal is made on; by default the hostname of the page this store runs in. */
  site?: () => string | undefined;
}

/** The hostname of the web page this context runs in (the content script's), if it is one. */
function pageSite(): string | undefined {
  const where = (globalThis as { location?: { protocol?: string; hostname?: string } }).location;
  return where && /^https?:$/.test(where.protocol ?? '') && where.hostname
    ? where.hostname
    : undefined;
}

/** Keys whose change can change the loaded settings (a migration changes preference keys too). */
const WATCHED_KEYS = new Set<string>([...SETTING_KEYS, INTERNAL_KEYS.syncFallback]);

function uniqueNotices(notices: readonly Notice[]): Notice[] {
  const seen = new Set<string>();
  return notices.filter((n) => {
    const id = `${n.key}\n${n.problem}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Creates the settings store over a storage (browser.storage, or an in-memory fake in tests). */
export function createSettingsStore(
  storage: StorageLike,
  options: SettingsStoreOptions = {},
): SettingsStore {
  const now = options.now ?? Date.now;
  const site = options.site ?? pageSite;
  const core = createCore(storage);
  let migration: Promise<MigrationOutcome> | undefined;
  const ready = () => (migration ??= migrateStorage(core));
  const items = createItems(core, ready);
  const packs = createPackStore(storage, options.validatePack, now);

  async function readRepaired(notices: Notice[]) {
    const raw = await core.read(SETTING_KEYS);
    const settings: Record<string, unknown> = {};
    const repaired: Record<string, unknown> = {};
    for (const key of SETTING_KEYS) {
      const def = PREFERENCE_DEFS[key] as ItemDef<unknown>;
      const result = repairValue(key, def, raw[key]);
      settings[key] = result.value;
      if (result.notice) {
        notices.push(result.notice);
        repaired[key] = result.value;
      }
    }
    return { settings: settings as Settings, repaired: repaired as Partial<ItemValues> };
  }

  async function loadSettings(): Promise<LoadedSettings> {
    const outcome = await ready();
    const notices = [...outcome.notices];
    try {
      const { settings, repaired } = await readRepaired(notices);
      for (const key of await core.fallbackKeys()) {
        if ((SETTING_KEYS as string[]).includes(key))
          notices.push(notice(key, 'stored-on-this-device-only'));
      }
      // A newer version may store values this one does not understand: do not overwrite them.
      if (Object.keys(repaired).length > 0 && !outcome.writtenByNewerVersion) {
        notices.push(...(await core.write(repaired).catch(() => [])));
        await keepRepairNotices(
          notices.filter(
            (n) => n.problem === 'reset-to-default' || n.problem === 'invalid-entries-dropped',
          ),
        );
      }
      return { settings, notices: uniqueNotices([...(await keptRepairNotices()), ...notices]) };
    } catch (error) {
      notices.push(notice('settings', 'storage-unavailable', errorText(error)));
      return { settings: defaultSettings(), notices };
    }
  }

  /** The repair notices kept for the pages (see INTERNAL_KEYS.repairNotices); never rejects. */
  async function keptRepairNotices(): Promise<Notice[]> {
    const got = await storage.local.get(INTERNAL_KEYS.repairNotices).catch(() => ({}));
    const list = (got as Record<string, unknown>)[INTERNAL_KEYS.repairNotices];
    if (!Array.isArray(list)) return [];
    return list.filter(
      (n): n is Notice =>
        typeof n === 'object' &&
        n !== null &&
        typeof (n as Notice).key === 'string' &&
        typeof (n as Notice).problem === 'string',
    );
  }

  /** Keeps the notices of values just repaired (the newest 20); a full storage keeps none. */
  async function keepRepairNotices(notices: readonly Notice[]): Promise<void> {
    const kept = uniqueNotices([...(await keptRepairNotices()), ...notices]).slice(-20);
    await storage.local.set({ [INTERNAL_KEYS.repairNotices]: kept }).catch(() => undefined);
  }

  async function saveSettings(patch: Partial<Settings>): Promise<Notice[]> {
    const checked: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      checked[key] = checkValue(key, PREFERENCE_DEFS[key as SettingKey] as ItemDef<unknown>, value);
    }
    await ready();
    return core.write(checked as Partial<ItemValues>);
  }

  const loadPolicy = () => readPolicy(storage, options.validatePack);

  async function loadState(): Promise<SettingsState> {
    const [loaded, managed] = await Promise.all([loadSettings(), loadPolicy()]);
    return {
      settings: loaded.settings,
      policy: managed.policy,
      effective: effectiveSettings(loaded.settings, managed.policy),
      notices: [...loaded.notices, ...managed.notices],
    };
  }

  function watchSettings(cb: (state: SettingsState) => void, signal: AbortSignal): void {
    let latest = 0;
    listenToStorage(
      storage,
      (changes, area) => {
        const relevant =
          area === 'managed' ||
          ((area === 'sync' || area === 'local') &&
            Object.keys(changes).some((k) => WATCHED_KEYS.has(k)));
        if (!relevant) return;
        const run = ++latest;
        // Only the newest reload is delivered: an older one may finish after it.
        void loadState().then((state) => {
          if (run === latest && !signal.aborted) cb(state);
        });
      },
      signal,
    );
  }

  async function mutePrinciple(principleId: string): Promise<Notice[]> {
    const disabled = await items.disabledPrinciples.get();
    if (disabled.includes(principleId)) return [];
    return items.disabledPrinciples.set([...disabled, principleId]);
  }

  async function unmutePrinciple(principleId: string): Promise<Notice[]> {
    const disabled = await items.disabledPrinciples.get();
    if (!disabled.includes(principleId)) return [];
    return items.disabledPrinciples.set(disabled.filter((id) => id !== principleId));
  }

  async function recordStat(principleId: string, kind: StatKind): Promise<void> {
    // Read-modify-write: two tabs counting at the same instant may lose one count; fine for stats.
    const [stats, weeks] = await Promise.all([items.stats.get(), items.statWeeks.get()]);
    await items.stats.set(bumpStat(stats, principleId, kind));
    await items.statWeeks.set(bumpWeek(weeks, principleId, kind, now()));
  }

  async function dismiss(fingerprint: string, principleId: string): Promise<void> {
    const dismissals = await items.dismissals.get();
    await items.dismissals.set(addDismissal(dismissals, fingerprint, principleId, now(), site()));
    await recordStat(principleId, 'dismissed');
  }

  async function forgetDismissal(fingerprint: string, principleId: string): Promise<void> {
    const dismissals = await items.dismissals.get();
    await items.dismissals.set(removeDismissal(dismissals, fingerprint, principleId));
  }

  return {
    items,
    packs,
    loadSettings,
    saveSettings,
    resetSettings: () => saveSettings(defaultSettings()),
    dismissRepairNotices: () => storage.local.remove(INTERNAL_KEYS.repairNotices),
    loadPolicy,
    loadState,
    watchSettings,
    mutePrinciple,
    unmutePrinciple,
    dismiss,
    forgetDismissal,
    recordStat,
    clearDismissals: async () => void (await items.dismissals.reset()),
    clearStats: async () => {
      await items.stats.reset();
      await items.statWeeks.reset();
    },
  };
}
