/**
 * Raw reads and writes of settings items, with the storage.sync quota fallback: a value that does
 * not fit sync is written to storage.local instead and its key remembered, so nothing is lost.
 * A later write that fits sync again moves the value back.
 */
import { ITEM_DEFS, type ItemKey, type ItemValues } from './schema';
import { notice, type Notice } from './notices';
import { isQuotaError, type StorageLike } from './storage';

/** Storage keys of the module's own bookkeeping. */
export const INTERNAL_KEYS = {
  /** storage.sync: the settings shape version (migrations.ts). */
  schemaVersion: 'schemaVersion',
  /** storage.local: keys of sync items that are kept in local because sync's quota was full. */
  syncFallback: 'syncFallback',
  /**
   * storage.local: notices of values repaired on read, kept until the rep dismisses them: whichever
   * part of Maxim reads first (often the service worker) repairs and writes back, and the pages
   * would otherwise never hear of it.
   */
  repairNotices: 'repairNotices',
} as const;

/** Raw access to the stored items; values are unvalidated. */
export interface Core {
  storage: StorageLike;
  /** Reads items from wherever each is stored. */
  read(keys: readonly ItemKey[]): Promise<Partial<Record<ItemKey, unknown>>>;
  /** Writes items to their area; sync items fall back to local on a quota error. */
  write(values: Partial<ItemValues>): Promise<Notice[]>;
  /** The sync items currently kept in storage.local. */
  fallbackKeys(): Promise<Set<string>>;
}

function toKeySet(raw: unknown): Set<string> {
  return new Set(Array.isArray(raw) ? raw.filter((k): k is string => typeof k === 'string') : []);
}

function isSyncItem(key: string): key is ItemKey {
  return key in ITEM_DEFS && ITEM_DEFS[key as ItemKey].area === 'sync';
}

/** Creates the raw item access over a storage. */
export function createCore(storage: StorageLike): Core {
  async function fallbackKeys(): Promise<Set<string>> {
    const got = await storage.local.get(INTERNAL_KEYS.syncFallback);
    return toKeySet(got[INTERNAL_KEYS.syncFallback]);
  }

  async function read(keys: readonly ItemKey[]): Promise<Partial<Record<ItemKey, unknown>>> {
    const syncKeys = keys.filter(isSyncItem);
    // One round trip: sync items are also looked up in local, in case they fell back there.
    const [fromSync, fromLocal] = await Promise.all([
      syncKeys.length > 0 ? storage.sync.get(syncKeys) : Promise.resolve({}),
      storage.local.get([...keys, INTERNAL_KEYS.syncFallback]),
    ]);
    const fellBack = toKeySet(fromLocal[INTERNAL_KEYS.syncFallback]);
    const values: Partial<Record<ItemKey, unknown>> = {};
    for (const key of keys) {
      const fromLocalArea = !isSyncItem(key) || fellBack.has(key);
      values[key] = fromLocalArea ? fromLocal[key] : (fromSync as Record<string, unknown>)[key];
    }
    return values;
  }

  /** Forgets the fallback of keys just written to sync, then drops their local copies. */
  async function returnToSync(keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    const fellBack = await fallbackKeys();
    const returning = keys.filter((key) => fellBack.has(key));
    if (returning.length === 0) return;
    for (const key of returning) fellBack.delete(key);
    // Registry first: a read in between then already takes the new value from sync.
    await storage.local.set({ [INTERNAL_KEYS.syncFallback]: [...fellBack] });
    await storage.local.remove(returning);
  }

  async function keepLocally(values: Record<string, unknown>): Promise<void> {
    const fellBack = await fallbackKeys();
    for (const key of Object.keys(values)) fellBack.add(key);
    await storage.local.set({ ...values, [INTERNAL_KEYS.syncFallback]: [...fellBack] });
  }

  async function writeSync(values: Record<string, unknown>): Promise<Notice[]> {
    const keys = Object.keys(values);
    if (keys.length === 0) return [];
    try {
      await storage.sync.set(values);
      await returnToSync(keys);
      return [];
    } catch (error) {
      if (!isQuotaError(error)) throw error;
    }
    // One value may be too large, or all together overflow the total: try each on its own.
    const stored: string[] = [];
    const tooLarge: Record<string, unknown> = {};
    const notices: Notice[] = [];
    for (const key of keys) {
      try {
        await storage.sync.set({ [key]: values[key] });
        stored.push(key);
      } catch (error) {
        if (!isQuotaError(error)) throw error;
        tooLarge[key] = values[key];
        const reason = error instanceof Error ? error.message : String(error);
        notices.push(notice(key, 'stored-on-this-device-only', reason));
      }
    }
    if (notices.length > 0) await keepLocally(tooLarge);
    await returnToSync(stored);
    return notices;
  }

  async function write(values: Partial<ItemValues>): Promise<Notice[]> {
    const toSync: Record<string, unknown> = {};
    const toLocal: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) continue;
      (isSyncItem(key) ? toSync : toLocal)[key] = value;
    }
    if (Object.keys(toLocal).length > 0) await storage.local.set(toLocal);
    return writeSync(toSync);
  }

  return { storage, read, write, fallbackKeys };
}
