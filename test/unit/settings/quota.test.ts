import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { isQuotaError } from '../../../src/settings/storage';
import { createSettingsStore } from '../../../src/settings/store';
import { fakeStorage, storageWithSyncQuota } from './helpers';

/** About 30 kB of hostnames: far over Chrome's 8 kB per sync item. */
const manySites = Array.from({ length: 1200 }, (_, i) => `site-${i}.example.com`);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('storage.sync quota fallback', () => {
  it('the fake rejects like Chrome does', async () => {
    await expect(storageWithSyncQuota().sync.set({ sitesOn: manySites })).rejects.toThrow(
      'QUOTA_BYTES_PER_ITEM quota exceeded',
    );
    await expect(storageWithSyncQuota(8192, 100).sync.set({ a: 'x'.repeat(200) })).rejects.toThrow(
      'QUOTA_BYTES quota exceeded',
    );
  });

  it('keeps a value too large for one sync item in storage.local, with a notice, losing nothing', async () => {
    const store = createSettingsStore(storageWithSyncQuota());
    const notices = await store.items.sitesOn.set(manySites);

    expect(notices).toEqual([
      {
        key: 'sitesOn',
        problem: 'stored-on-this-device-only',
        detail: 'QUOTA_BYTES_PER_ITEM quota exceeded',
      },
    ]);
    expect(await store.items.sitesOn.get()).toEqual(manySites);
    expect((await fakeBrowser.storage.local.get('sitesOn')).sitesOn).toEqual(manySites);
    expect((await fakeBrowser.storage.sync.get('sitesOn')).sitesOn).toBeUndefined();
  });

  it('remembers the fallback: every later load reads the local copy and says so', async () => {
    await createSettingsStore(storageWithSyncQuota()).items.sitesOn.set(manySites);
    const { settings, notices } = await createSettingsStore(storageWithSyncQuota()).loadSettings();
    expect(settings.sitesOn).toEqual(manySites);
    expect(notices).toEqual([{ key: 'sitesOn', problem: 'stored-on-this-device-only' }]);
  });

  it('falls back only for the key that does not fit; the others go to sync', async () => {
    const store = createSettingsStore(storageWithSyncQuota());
    const notices = await store.saveSettings({
      theme: 'dark',
      sitesOn: manySites,
      sensitivity: 0.7,
    });
    expect(notices.map((n) => n.key)).toEqual(['sitesOn']);
    expect(await fakeBrowser.storage.sync.get(['theme', 'sensitivity'])).toEqual({
      theme: 'dark',
      sensitivity: 0.7,
    });
    expect((await store.loadSettings()).settings).toMatchObject({
      theme: 'dark',
      sensitivity: 0.7,
      sitesOn: manySites,
    });
  });

  it('falls back when the total sync quota is full', async () => {
    const storage = storageWithSyncQuota(8192, 600);
    const store = createSettingsStore(storage);
    const favourites = Array.from({ length: 40 }, (_, i) => `principle-${i}`);
    const notices = await store.items.favourites.set(favourites);
    expect(notices).toEqual([
      {
        key: 'favourites',
        problem: 'stored-on-this-device-only',
        detail: 'QUOTA_BYTES quota exceeded',
      },
    ]);
    expect(await store.items.favourites.get()).toEqual(favourites);
  });

  it('moves the value back to sync once it fits again', async () => {
    const store = createSettingsStore(storageWithSyncQuota());
    await store.items.sitesOn.set(manySites);
    expect(await store.items.sitesOn.set(['small.example'])).toEqual([]);

    expect((await fakeBrowser.storage.sync.get('sitesOn')).sitesOn).toEqual(['small.example']);
    expect(await fakeBrowser.storage.local.get(['sitesOn', 'syncFallback'])).toEqual({
      sitesOn: undefined,
      syncFallback: [],
    });
    const { settings, notices } = await store.loadSettings();
    expect(settings.sitesOn).toEqual(['small.example']);
    expect(notices).toEqual([]);
  });

  it('passes other storage errors on instead of hiding them', async () => {
    const base = fakeStorage();
    const failing = {
      ...base,
      sync: { ...base.sync, set: () => Promise.reject(new Error('IO error: disk full')) },
    };
    await expect(createSettingsStore(failing).items.theme.set('dark')).rejects.toThrow('IO error');
  });

  it('recognises Chrome and Firefox quota errors', () => {
    expect(isQuotaError(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'))).toBe(true);
    expect(isQuotaError(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'))).toBe(true);
    const firefox = new Error('storage.sync API call exceeded its quota limitations.');
    expect(isQuotaError(firefox)).toBe(true);
    expect(isQuotaError(new Error('IO error'))).toBe(false);
  });
});
