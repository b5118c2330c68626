/**
 * An in-memory `browser.storage` (sync, local and a read-only managed area) that reports changes
 * asynchronously as browsers do. The in-memory connector stores its settings here.
 */
import type { StorageAreaLike, StorageChangeLike, StorageLike, StorageListener } from '../settings/storage';

type Emit = (changes: Record<string, StorageChangeLike>, area: string) => void;

function keyList(keys: null | undefined | string | string[], all: Iterable<string>): string[] {
  if (keys === null || keys === undefined) return [...all];
  return typeof keys === 'string' ? [keys] : keys;
}

function memoryArea(name: string, initial: Record<string, unknown>, emit: Emit, readOnly = false): StorageAreaLike {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  const refuseWrites = () => {
    if (readOnly) throw new Error(`storage.${name} is read-only`);
  };
  return {
    async get(keys) {
      const out: Record<string, unknown> = {};
      for (const key of keyList(keys, data.keys())) if (data.has(key)) out[key] = structuredClone(data.get(key));
      return out;
    },
    async set(items) {
      refuseWrites();
      const changes: Record<string, StorageChangeLike> = {};
      for (const [key, value] of Object.entries(items)) {
        changes[key] = { oldValue: data.get(key), newValue: structuredClone(value) };
        data.set(key, structuredClone(value));
      }
      emit(changes, name);
    },
    async remove(keys) {
      refuseWrites();
      const changes: Record<string, StorageChangeLike> = {};
      for (const key of keyList(keys, [])) {
        if (!data.has(key)) continue;
        changes[key] = { oldValue: data.get(key) };
        data.delete(key);
      }
      emit(changes, name);
    },
  };
}

/** Initial contents of the areas; `managed` is the policy an administrator would deploy. */
export interface MemoryStorageContents {
  sync?: Record<string, unknown>;
  local?: Record<string, unknown>;
  managed?: Record<string, unknown>;
}

/** Creates an in-memory storage. */
export function createMemoryStorage(contents: MemoryStorageContents = {}): StorageLike {
  const listeners = new Set<StorageListener>();
  const emit: Emit = (changes, area) => {
    if (Object.keys(changes).length === 0) return;
    // Never inside the write that caused the change, as in browsers.
    queueMicrotask(() => listeners.forEach((listener) => listener(changes, area)));
  };
  return {
    sync: memoryArea('sync', contents.sync ?? {}, emit),
    local: memoryArea('local', contents.local ?? {}, emit),
    managed: memoryArea('managed', contents.managed ?? {}, emit, true),
    onChanged: {
      addListener: (listener) => void listeners.add(listener),
      removeListener: (listener) => void listeners.delete(listener),
    },
  };
}
