/**
 * The rep's packs in storage.local: imported packs and own principles (a pack with id
 * `my-principles`), all in one array under one key. Every pack is validated on read; a corrupt one
 * is set aside in a quarantine key, never deleted, and reported as a notice.
 */
import { PACK_SCHEMA_VERSION, type Pack, type Principle } from '../data/types';
import { validatePack } from '../data/schema';
import type { PackValidator } from './managed';
import { notice, type Notice } from './notices';
import { listenToStorage, type StorageLike } from './storage';

/** storage.local keys of the pack store. */
export const PACK_KEYS = { userPacks: 'userPacks', quarantine: 'packQuarantine' } as const;

/** The id of the pack that holds the rep's own principles. */
export const OWN_PACK_ID = 'my-principles';

/** A stored value that failed validation, kept so nothing is lost. */
export interface QuarantinedPack {
  /** When it was set aside (ms since the epoch). */
  at: number;
  value: unknown;
  errors: { path: string; message: string }[];
}

/** The rep's packs, validated. */
export interface PackStore {
  /** The valid packs; corrupt ones are moved to the quarantine and reported. Never throws on data. */
  load(): Promise<{ packs: Pack[]; notices: Notice[] }>;
  /** Replaces all packs; rejects (changing nothing) when any pack is invalid. */
  save(packs: readonly Pack[]): Promise<void>;
  /** Adds a pack or replaces the one with the same id. */
  upsert(pack: Pack): Promise<void>;
  /** Removes the pack with this id. */
  remove(id: string): Promise<void>;
  /** The rep's own principles (empty when there are none). */
  ownPrinciples(): Promise<Principle[]>;
  /** Stores the rep's own principles as the `my-principles` pack; an empty list removes it. */
  saveOwnPrinciples(principles: readonly Principle[]): Promise<void>;
  /** Everything set aside so far. */
  quarantined(): Promise<QuarantinedPack[]>;
  /** Deletes the set-aside values (after the rep saw or exported them). */
  clearQuarantine(): Promise<void>;
  /** Calls `cb` with the valid packs after every change, until `signal` aborts. */
  onChanged(cb: (packs: Pack[]) => void, signal: AbortSignal): void;
  /** Calls `cb` with everything set aside after every change of the quarantine, until `signal` aborts. */
  onQuarantineChanged(cb: (quarantined: QuarantinedPack[]) => void, signal: AbortSignal): void;
}

/** The pack that holds the rep's own principles. */
export function ownPack(principles: readonly Principle[]): Pack {
  return {
    schemaVersion: PACK_SCHEMA_VERSION,
    id: OWN_PACK_ID,
    name: 'My principles',
    version: '1.0.0',
    principles: [...principles],
  };
}

function packLabel(value: unknown, index: number): string {
  const id =
    typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? `userPacks[${index}] (${id})` : `userPacks[${index}]`;
}

/** Creates the pack store over a storage. */
export function createPackStore(
  storage: StorageLike,
  validate: PackValidator = validatePack,
  now: () => number = Date.now,
): PackStore {
  const area = storage.local;

  async function quarantined(): Promise<QuarantinedPack[]> {
    const raw = (await area.get(PACK_KEYS.quarantine))[PACK_KEYS.quarantine];
    return Array.isArray(raw) ? (raw as QuarantinedPack[]) : [];
  }

  /** Splits the stored value into valid packs and values to set aside. */
  function sort(raw: unknown) {
    const packs: Pack[] = [];
    const rejected: QuarantinedPack[] = [];
    const notices: Notice[] = [];
    if (raw === undefined || raw === null) return { packs, rejected, notices };
    if (!Array.isArray(raw)) {
      const errors = [{ path: '', message: 'expected a list of packs' }];
      rejected.push({ at: now(), value: raw, errors });
      notices.push(notice(PACK_KEYS.userPacks, 'pack-quarantined', errors[0]?.message));
      return { packs, rejected, notices };
    }
    raw.forEach((value, index) => {
      const result = validate(value);
      if (result.ok) {
        packs.push(result.pack);
        return;
      }
      rejected.push({ at: now(), value, errors: result.errors });
      const first = result.errors[0];
      const detail = first ? `${first.path}: ${first.message}` : 'invalid pack';
      notices.push(notice(packLabel(value, index), 'pack-quarantined', detail));
    });
    return { packs, rejected, notices };
  }

  async function load(): Promise<{ packs: Pack[]; notices: Notice[] }> {
    let raw: unknown;
    try {
      raw = (await area.get(PACK_KEYS.userPacks))[PACK_KEYS.userPacks];
    } catch (error) {
      return {
        packs: [],
        notices: [notice(PACK_KEYS.userPacks, 'storage-unavailable', String(error))],
      };
    }
    const { packs, rejected, notices } = sort(raw);
    if (rejected.length === 0) return { packs, notices };
    try {
      // The quarantine and the cleaned list in one write: a reader woken by the change never finds
      // the pack in both places (and sets it aside twice), and a failed write changes nothing.
      await area.set({
        [PACK_KEYS.quarantine]: [...(await quarantined()), ...rejected],
        [PACK_KEYS.userPacks]: packs,
      });
    } catch (error) {
      notices.push(notice(PACK_KEYS.quarantine, 'storage-unavailable', String(error)));
    }
    return { packs, notices };
  }

  async function save(packs: readonly Pack[]): Promise<void> {
    const valid = packs.map((pack) => {
      const result = validate(pack);
      if (result.ok) return result.pack;
      const detail = result.errors.map((e) => `${e.path}: ${e.message}`).join('; ');
      throw new TypeError(`Invalid pack "${pack.id}": ${detail}`);
    });
    await area.set({ [PACK_KEYS.userPacks]: valid });
  }

  async function upsert(pack: Pack): Promise<void> {
    const { packs } = await load();
    const index = packs.findIndex((p) => p.id === pack.id);
    await save(index < 0 ? [...packs, pack] : packs.with(index, pack));
  }

  async function remove(id: string): Promise<void> {
    const { packs } = await load();
    await save(packs.filter((p) => p.id !== id));
  }

  async function ownPrinciples(): Promise<Principle[]> {
    const { packs } = await load();
    return packs.find((p) => p.id === OWN_PACK_ID)?.principles ?? [];
  }

  async function saveOwnPrinciples(principles: readonly Principle[]): Promise<void> {
    await (principles.length === 0 ? remove(OWN_PACK_ID) : upsert(ownPack(principles)));
  }

  /** Calls `cb` with a fresh read after every change of `key` in storage.local, until `signal` aborts. */
  function onKeyChanged<T>(
    key: string,
    read: () => Promise<T>,
    cb: (value: T) => void,
    signal: AbortSignal,
  ): void {
    listenToStorage(
      storage,
      (changes, areaName) => {
        if (areaName !== 'local' || !(key in changes)) return;
        read().then(
          (value) => {
            if (!signal.aborted) cb(value);
          },
          () => undefined,
        );
      },
      signal,
    );
  }

  return {
    load,
    save,
    upsert,
    remove,
    ownPrinciples,
    saveOwnPrinciples,
    quarantined,
    clearQuarantine: () => area.remove(PACK_KEYS.quarantine),
    onChanged: (cb, signal) =>
      onKeyChanged(PACK_KEYS.userPacks, async () => (await load()).packs, cb, signal),
    onQuarantineChanged: (cb, signal) =>
      onKeyChanged(PACK_KEYS.quarantine, quarantined, cb, signal),
  };
}
