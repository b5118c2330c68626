/** One typed accessor per stored item: get, set, reset and onChanged, each validated. */
import type { Core } from './core';
import { checkValue, repairValue, type Notice } from './notices';
import {
  ITEM_DEFS,
  ITEM_KEYS,
  defaultOf,
  type ItemDef,
  type ItemKey,
  type ItemValues,
} from './schema';
import { listenToStorage } from './storage';

/** A typed accessor for one stored item. */
export interface Item<T> {
  readonly key: ItemKey;
  /** The default value; shared, so do not mutate it. */
  readonly fallback: T;
  /** The stored value, repaired if corrupt; the default when nothing is stored. */
  get(): Promise<T>;
  /** Validates and stores a value; resolves to notices (e.g. kept on this device only). */
  set(value: T): Promise<Notice[]>;
  /** Stores the default value. */
  reset(): Promise<Notice[]>;
  /** Calls `cb` with the new (repaired) value after every change, until `signal` aborts. */
  onChanged(cb: (value: T) => void, signal: AbortSignal): void;
}

/** One accessor per item key. */
export type Items = { [K in ItemKey]: Item<ItemValues[K]> };

/** Something to await before the first read: the migrations of this context. */
export type Ready = () => Promise<unknown>;

function createItem<K extends ItemKey>(core: Core, ready: Ready, key: K): Item<ItemValues[K]> {
  const def = ITEM_DEFS[key] as unknown as ItemDef<ItemValues[K]>;

  async function get(): Promise<ItemValues[K]> {
    await ready();
    const raw = await core.read([key]);
    return repairValue(key, def, raw[key]).value;
  }

  async function set(value: ItemValues[K]): Promise<Notice[]> {
    const checked = checkValue(key, def, value);
    await ready();
    return core.write({ [key]: checked } as Partial<ItemValues>);
  }

  function onChanged(cb: (value: ItemValues[K]) => void, signal: AbortSignal): void {
    listenToStorage(
      core.storage,
      (changes, area) => {
        if ((area !== 'sync' && area !== 'local') || !(key in changes)) return;
        // Re-read rather than trust the event: the value may live in the other area (fallback).
        get().then(
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
    key,
    fallback: def.fallback,
    get,
    set,
    reset: () => set(defaultOf(key)),
    onChanged,
  };
}

/** Creates the accessors of every item over one core. */
export function createItems(core: Core, ready: Ready): Items {
  const entries = ITEM_KEYS.map((key) => [key, createItem(core, ready, key)]);
  return Object.fromEntries(entries) as Items;
}
