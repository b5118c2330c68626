import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SettingsState } from '../../../src/settings/store';
import { createSettingsStore } from '../../../src/settings/store';
import type { Pack } from '../../../src/data/types';
import { fakeStorage, firstValue, samplePack, storageWithSyncQuota } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

const hasListeners = () => fakeBrowser.storage.onChanged.hasListeners();

describe('item onChanged', () => {
  it('calls back with the new value after a change from any context', async () => {
    const store = createSettingsStore(fakeStorage());
    const controller = new AbortController();
    const next = firstValue<string>((cb) => store.items.theme.onChanged(cb, controller.signal));
    await createSettingsStore(fakeStorage()).items.theme.set('dark');
    expect(await next).toBe('dark');
    controller.abort();
  });

  it('hands over repaired values, never corrupt ones', async () => {
    const store = createSettingsStore(fakeStorage());
    const controller = new AbortController();
    const next = firstValue<number>((cb) =>
      store.items.sensitivity.onChanged(cb, controller.signal),
    );
    await fakeBrowser.storage.sync.set({ sensitivity: 'loud' });
    expect(await next).toBe(0.5);
    controller.abort();
  });

  it('ignores changes of other keys', async () => {
    const store = createSettingsStore(fakeStorage());
    const controller = new AbortController();
    const cb = vi.fn();
    store.items.theme.onChanged(cb, controller.signal);
    const enabled = firstValue<boolean>((done) =>
      store.items.enabled.onChanged(done, controller.signal),
    );
    await store.items.enabled.set(false);
    expect(await enabled).toBe(false);
    expect(cb).not.toHaveBeenCalled();
    controller.abort();
  });

  it('removes its listener when the signal aborts, and calls back no more', async () => {
    const store = createSettingsStore(fakeStorage());
    const controller = new AbortController();
    const cb = vi.fn();
    store.items.theme.onChanged(cb, controller.signal);
    expect(hasListeners()).toBe(true);
    controller.abort();
    expect(hasListeners()).toBe(false);
    await store.items.theme.set('light');
    await store.items.theme.get();
    expect(cb).not.toHaveBeenCalled();
  });

  it('does not listen at all with an already aborted signal', () => {
    const store = createSettingsStore(fakeStorage());
    store.items.theme.onChanged(vi.fn(), AbortSignal.abort());
    store.watchSettings(vi.fn(), AbortSignal.abort());
    store.packs.onChanged(vi.fn(), AbortSignal.abort());
    expect(hasListeners()).toBe(false);
  });

  it('follows a value that fell back to storage.local', async () => {
    const store = createSettingsStore(storageWithSyncQuota());
    const controller = new AbortController();
    const sites = Array.from({ length: 1000 }, (_, i) => `s${i}.example.com`);
    const next = firstValue<string[]>((cb) => store.items.sitesOn.onChanged(cb, controller.signal));
    await store.items.sitesOn.set(sites);
    expect(await next).toEqual(sites);
    controller.abort();
  });
});

describe('watchSettings', () => {
  it('delivers fresh settings and effective settings after a preference changes', async () => {
    const store = createSettingsStore(fakeStorage());
    const controller = new AbortController();
    const next = firstValue<SettingsState>((cb) => store.watchSettings(cb, controller.signal));
    await store.saveSettings({ enabled: false, sensitivity: 0.25 });
    const state = await next;
    expect(state.settings).toMatchObject({ enabled: false, sensitivity: 0.25 });
    expect(state.effective.sensitivity).toBe(0.25);
    controller.abort();
  });

  it('delivers the policy applied when the managed storage changes', async () => {
    const store = createSettingsStore(fakeStorage());
    const controller = new AbortController();
    const next = firstValue<SettingsState>((cb) => store.watchSettings(cb, controller.signal));
    await fakeBrowser.storage.managed.set({ siteMode: 'everywhere' });
    const state = await next;
    expect(state.policy.siteMode).toBe('everywhere');
    expect(state.effective.siteMode).toBe('everywhere');
    controller.abort();
  });

  it('stays quiet when only statistics change, and stops on abort', async () => {
    const store = createSettingsStore(fakeStorage());
    const controller = new AbortController();
    const cb = vi.fn();
    store.watchSettings(cb, controller.signal);
    await store.recordStat('trust-your-team', 'shown');
    await store.loadState();
    expect(cb).not.toHaveBeenCalled();
    controller.abort();
    expect(hasListeners()).toBe(false);
    await store.items.theme.set('dark');
    await store.loadState();
    expect(cb).not.toHaveBeenCalled();
  });
});

describe('packs onChanged', () => {
  it('delivers the valid packs after a change', async () => {
    const store = createSettingsStore(fakeStorage());
    const controller = new AbortController();
    const next = firstValue<Pack[]>((cb) => store.packs.onChanged(cb, controller.signal));
    await store.packs.upsert(samplePack('team-a'));
    expect((await next).map((p) => p.id)).toEqual(['team-a']);
    controller.abort();
    expect(hasListeners()).toBe(false);
  });
});
