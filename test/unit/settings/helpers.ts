/** Shared test helpers: an in-memory browser storage, a sync quota like Chrome's, a valid pack. */
import { fakeBrowser } from '@webext-core/fake-browser';
import { PACK_SCHEMA_VERSION, type Pack, type Principle } from '../../../src/data/types';
import type { StorageLike } from '../../../src/settings/storage';

/** The fake browser's storage, as the settings module sees it. */
export function fakeStorage(): StorageLike {
  return fakeBrowser.storage;
}

/** Chrome's storage.sync limits. */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;
export const SYNC_QUOTA_BYTES = 102_400;

function itemBytes(key: string, value: unknown): number {
  return key.length + new TextEncoder().encode(JSON.stringify(value)).length;
}

/**
 * The fake storage with Chrome's sync quotas: a write that would exceed them rejects with Chrome's
 * own error messages and stores nothing, as Chrome does.
 */
export function storageWithSyncQuota(
  perItem = SYNC_QUOTA_BYTES_PER_ITEM,
  total = SYNC_QUOTA_BYTES,
): StorageLike {
  const sync = fakeBrowser.storage.sync;
  return {
    local: fakeBrowser.storage.local,
    managed: fakeBrowser.storage.managed,
    onChanged: fakeBrowser.storage.onChanged,
    sync: {
      get: (keys) => sync.get(keys ?? null),
      remove: (keys) => sync.remove(keys),
      async set(items) {
        for (const [key, value] of Object.entries(items)) {
          if (itemBytes(key, value) > perItem)
            throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
        }
        const after = { ...(await sync.get(null)), ...items };
        const used = Object.entries(after).reduce((sum, [k, v]) => sum + itemBytes(k, v), 0);
        if (used > total) throw new Error('QUOTA_BYTES quota exceeded');
        await sync.set(items);
      },
    },
  };
}

/** A complete, valid principle. */
export function samplePrinciple(
  id: string,
  category: Principle['category'] = 'service',
): Principle {
  return {
    id,
    category,
    contexts: ['email', 'crm'],
    source: { type: 'practice', title: 'Common practice in customer service' },
    text: {
      en: {
        title: 'Name the delay and the new date',
        summary: 'Say what is late, why, and when it will arrive.',
        why: 'Customers forgive a delay they hear about early and honestly.',
        tryThis: ['Your order is late because of a supplier issue; it will arrive on Friday.'],
      },
      de: {
        title: 'Verzögerung und neuen Termin nennen',
        summary: 'Sagen Sie, was sich verspätet, warum und wann es kommt.',
        why: 'Kunden verzeihen eine Verzögerung, von der sie früh und ehrlich erfahren.',
        tryThis: ['Ihre Bestellung verspätet sich wegen eines Lieferanten; sie kommt am Freitag.'],
      },
    },
    signals: {
      en: { triggers: [{ match: 'delay' }] },
      de: { triggers: [{ match: 'verzögerung' }] },
    },
    examples: {
      en: { positive: ['There is a delay with your order.'], negative: ['Your order is on time.'] },
      de: {
        positive: ['Es gibt eine Verzögerung bei Ihrer Bestellung.'],
        negative: ['Ihre Bestellung kommt pünktlich.'],
      },
    },
  };
}

/** A complete, valid pack. */
export function samplePack(id: string, principleIds: string[] = [`${id}-one`]): Pack {
  return {
    schemaVersion: PACK_SCHEMA_VERSION,
    id,
    name: `Pack ${id}`,
    version: '1.0.0',
    principles: principleIds.map((p) => samplePrinciple(p)),
  };
}

/** Resolves with the first value a listener registration delivers. */
export function firstValue<T>(register: (cb: (value: T) => void) => void): Promise<T> {
  return new Promise((resolve) => register(resolve));
}
