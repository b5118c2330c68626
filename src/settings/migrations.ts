/**
 * Ordered migrations of the stored settings shape, run once per context before the first read.
 * Each migration edits a raw snapshot of both storage areas; the runner writes what changed.
 * Values are not validated here: reading repairs whatever a migration carried over.
 */
import { INTERNAL_KEYS, type Core } from './core';
import { ITEM_DEFS, SETTINGS_SCHEMA_VERSION, type ItemKey, type ItemValues } from './schema';
import { notice, type Notice } from './notices';

/** Raw contents of storage.sync and storage.local; migrations edit it in place. */
export interface RawSnapshot {
  sync: Record<string, unknown>;
  local: Record<string, unknown>;
}

/** One step from one schema version to the next. */
export interface Migration {
  from: number;
  migrate(raw: RawSnapshot): void;
}

/** The storage key of the version-0 shape: every preference in one object. */
export const V0_KEY = 'settings';

/**
 * v0 -> v1. The prototype kept all preferences in one object under sync key `settings`:
 * `{on, sites, blockedSites, off, threshold (0..100, higher = fewer suggestions), language}`.
 * v1 stores each preference under its own key, and sensitivity runs the other way (0..1, higher =
 * more suggestions). Can go once no install from before 0.1.0 remains: a year after 0.1.0 ships,
 * remove it together with its test in test/unit/settings/migrations.test.ts.
 */
function splitFlatV0(raw: RawSnapshot): void {
  const old = raw.sync[V0_KEY];
  delete raw.sync[V0_KEY];
  if (typeof old !== 'object' || old === null) return;
  const flat = old as Record<string, unknown>;
  const carry = (key: ItemKey, value: unknown) => {
    // A value already stored in the new shape (written by a newer context) wins.
    if (value !== undefined && raw.sync[key] === undefined) raw.sync[key] = value;
  };
  carry('enabled', flat.on);
  carry('sitesOn', flat.sites);
  carry('sitesOff', flat.blockedSites);
  carry('disabledPrinciples', flat.off);
  if (typeof flat.threshold === 'number') carry('sensitivity', 1 - flat.threshold / 100);
  carry('uiLanguage', flat.language);
  carry('analysisLanguage', flat.language);
}

/** Every migration, oldest first. */
export const MIGRATIONS: readonly Migration[] = [{ from: 0, migrate: splitFlatV0 }];

/** What the runner found: notices, and whether a newer version wrote the settings. */
export interface MigrationOutcome {
  notices: Notice[];
  /** Settings come from a newer version: read them, but never write repairs back. */
  writtenByNewerVersion: boolean;
}

function storedVersion(raw: unknown): number {
  return typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 ? raw : 0;
}

/** Applies the migrations after `version` to a snapshot; returns the migrated copy. */
export function applyMigrations(raw: RawSnapshot, version: number): RawSnapshot {
  const next = structuredClone(raw);
  for (const step of MIGRATIONS) {
    if (step.from >= version) step.migrate(next);
  }
  return next;
}

function changedKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return Object.keys(after).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}

/** Writes the differences between two snapshots: item values first, removals last. */
async function writeDifference(core: Core, before: RawSnapshot, after: RawSnapshot) {
  const items: Record<string, unknown> = {};
  const notices: Notice[] = [];
  for (const area of ['sync', 'local'] as const) {
    const others: Record<string, unknown> = {};
    for (const key of changedKeys(before[area], after[area])) {
      if (key in ITEM_DEFS) items[key] = after[area][key];
      else others[key] = after[area][key];
    }
    if (Object.keys(others).length > 0) await core.storage[area].set(others);
  }
  notices.push(...(await core.write(items as Partial<ItemValues>)));
  await core.storage.sync.set({ [INTERNAL_KEYS.schemaVersion]: SETTINGS_SCHEMA_VERSION });
  for (const area of ['sync', 'local'] as const) {
    const removed = Object.keys(before[area]).filter((key) => !(key in after[area]));
    if (removed.length > 0) await core.storage[area].remove(removed);
  }
  return notices;
}

/** Brings stored settings to SETTINGS_SCHEMA_VERSION. Never throws; problems become notices. */
export async function migrateStorage(core: Core): Promise<MigrationOutcome> {
  try {
    const got = await core.storage.sync.get(INTERNAL_KEYS.schemaVersion);
    const version = storedVersion(got[INTERNAL_KEYS.schemaVersion]);
    if (version === SETTINGS_SCHEMA_VERSION) return { notices: [], writtenByNewerVersion: false };
    if (version > SETTINGS_SCHEMA_VERSION) {
      const detail = `stored version ${version}, this version reads ${SETTINGS_SCHEMA_VERSION}`;
      return {
        notices: [notice(INTERNAL_KEYS.schemaVersion, 'written-by-newer-version', detail)],
        writtenByNewerVersion: true,
      };
    }
    const [sync, local] = await Promise.all([
      core.storage.sync.get(null),
      core.storage.local.get(null),
    ]);
    const before: RawSnapshot = { sync, local };
    const after = applyMigrations(before, version);
    return { notices: await writeDifference(core, before, after), writtenByNewerVersion: false };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      notices: [notice(INTERNAL_KEYS.schemaVersion, 'storage-unavailable', detail)],
      writtenByNewerVersion: false,
    };
  }
}
