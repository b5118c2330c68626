import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSettingsStore } from '../../../src/settings/store';
import {
  SETTINGS_SCHEMA_VERSION,
  defaultSettings,
  type Settings,
} from '../../../src/settings/schema';
import { fakeStorage } from './helpers';

/** Valid values that all differ from the defaults, to see that repair touches only the bad key. */
const custom: Settings = {
  enabled: false,
  pausedUntil: 1_900_000_000_000,
  siteMode: 'everywhere',
  sitesOn: ['crm.example.com'],
  sitesOff: ['news.example.org'],
  disabledPrinciples: ['loud-few-not-many'],
  disabledCategories: ['marketing'],
  sensitivity: 0.8,
  principleSensitivity: { 'trust-your-team': 0.2 },
  principleContexts: { 'trust-your-team': ['crm'] },
  favourites: ['own-mistakes-openly'],
  uiLanguage: 'de',
  analysisLanguage: 'en',
  theme: 'dark',
  showHighlights: false,
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('defaults', () => {
  it('reads every default from empty storage, without notices', async () => {
    const { settings, notices } = await createSettingsStore(fakeStorage()).loadSettings();
    expect(settings).toEqual(defaultSettings());
    expect(settings).toMatchObject({
      enabled: true,
      siteMode: 'known',
      sensitivity: 0.5,
      theme: 'system',
    });
    expect(notices).toEqual([]);
  });

  it('marks fresh storage with the current schema version', async () => {
    await createSettingsStore(fakeStorage()).loadSettings();
    expect(await fakeBrowser.storage.sync.get('schemaVersion')).toEqual({
      schemaVersion: SETTINGS_SCHEMA_VERSION,
    });
  });

  it('reads back what was saved, one key per preference in storage.sync', async () => {
    const store = createSettingsStore(fakeStorage());
    expect(await store.saveSettings(custom)).toEqual([]);
    expect((await store.loadSettings()).settings).toEqual(custom);
    expect(await fakeBrowser.storage.sync.get('theme')).toEqual({ theme: 'dark' });
  });

  it('gives the default through each typed accessor', async () => {
    const store = createSettingsStore(fakeStorage());
    expect(await store.items.sensitivity.get()).toBe(0.5);
    expect(await store.items.sitesOn.get()).toEqual([]);
    expect(await store.items.dismissals.get()).toEqual([]);
  });
});

/** [key, corrupt stored value, value after repair, problem]. */
const corruptCases: [keyof Settings, unknown, unknown, string][] = [
  ['enabled', 'yes', true, 'reset-to-default'],
  ['siteMode', 'sometimes', 'known', 'reset-to-default'],
  ['sitesOn', 'example.com', [], 'reset-to-default'],
  ['sitesOn', ['Example.com', 42, '', 'a b'], ['example.com'], 'invalid-entries-dropped'],
  ['sitesOff', [null, 'a.example'], ['a.example'], 'invalid-entries-dropped'],
  ['disabledPrinciples', { id: 'x' }, [], 'reset-to-default'],
  ['disabledCategories', ['service', 'astrology'], ['service'], 'invalid-entries-dropped'],
  ['sensitivity', 7, 0.5, 'reset-to-default'],
  ['sensitivity', '0.7', 0.5, 'reset-to-default'],
  ['principleSensitivity', { a: 0.3, b: 2, c: 'x' }, { a: 0.3 }, 'invalid-entries-dropped'],
  ['principleSensitivity', [0.3], {}, 'reset-to-default'],
  [
    'principleContexts',
    { a: ['email'], b: [], c: ['fax'] },
    { a: ['email'] },
    'invalid-entries-dropped',
  ],
  ['favourites', 5, [], 'reset-to-default'],
  ['uiLanguage', 'fr', 'auto', 'reset-to-default'],
  ['analysisLanguage', 'xx', 'auto', 'reset-to-default'],
  ['theme', 'blue', 'system', 'reset-to-default'],
  ['showHighlights', 0, true, 'reset-to-default'],
];

describe('repair on read', () => {
  it.each(corruptCases)(
    'repairs a corrupt %s (%j) alone, with a notice',
    async (key, raw, repaired, problem) => {
      const store = createSettingsStore(fakeStorage());
      await store.saveSettings(custom);
      await fakeBrowser.storage.sync.set({ [key]: raw });

      const { settings, notices } = await store.loadSettings();

      expect(settings[key]).toEqual(repaired);
      expect(settings).toEqual({ ...custom, [key]: repaired });
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ key, problem });
      expect(notices[0]?.detail).toBeTruthy();
    },
  );

  it('writes the repair back and keeps its notice for the pages until it is dismissed', async () => {
    const store = createSettingsStore(fakeStorage());
    await fakeBrowser.storage.sync.set({ theme: 'blue', sitesOn: ['ok.example', 3] });
    const first = (await store.loadSettings()).notices;
    expect(first).toHaveLength(2);
    expect(await fakeBrowser.storage.sync.get(['theme', 'sitesOn'])).toEqual({
      theme: 'system',
      sitesOn: ['ok.example'],
    });
    // Whichever part read first (the service worker, often), a page reading later still hears of it.
    expect((await store.loadSettings()).notices).toEqual(first);
    await store.dismissRepairNotices();
    expect((await store.loadSettings()).notices).toEqual([]);
  });

  it('repairs several corrupt values at once without touching the valid ones', async () => {
    const store = createSettingsStore(fakeStorage());
    await store.saveSettings(custom);
    await fakeBrowser.storage.sync.set({ enabled: 'no', theme: 42, sensitivity: -1 });
    const { settings, notices } = await store.loadSettings();
    expect(settings).toEqual({ ...custom, enabled: true, theme: 'system', sensitivity: 0.5 });
    expect(notices.map((n) => n.key).sort()).toEqual(['enabled', 'sensitivity', 'theme']);
  });

  it('repairs local records too: dismissals and stats keep their valid entries', async () => {
    const store = createSettingsStore(fakeStorage());
    await fakeBrowser.storage.local.set({
      dismissals: [
        { fingerprint: 'abc', principleId: 'p', at: 5 },
        { fingerprint: '', at: 'x' },
      ],
      stats: { p: { shown: 2, inserted: 1, copied: 0, dismissed: 0 }, q: { shown: -1 } },
    });
    expect(await store.items.dismissals.get()).toEqual([
      { fingerprint: 'abc', principleId: 'p', at: 5 },
    ]);
    expect(await store.items.stats.get()).toEqual({
      p: { shown: 2, inserted: 1, copied: 0, dismissed: 0 },
    });
  });

  it('normalises stored hostnames and drops duplicates', async () => {
    await fakeBrowser.storage.sync.set({ sitesOn: ['A.example', 'a.example ', 'b.example'] });
    const { settings, notices } = await createSettingsStore(fakeStorage()).loadSettings();
    expect(settings.sitesOn).toEqual(['a.example', 'b.example']);
    expect(notices).toEqual([]);
  });

  it('rejects an invalid write and keeps the stored value', async () => {
    const store = createSettingsStore(fakeStorage());
    await store.items.sensitivity.set(0.9);
    await expect(store.items.sensitivity.set(3)).rejects.toThrow(/sensitivity/);
    await expect(store.saveSettings({ theme: 'neon' as Settings['theme'] })).rejects.toThrow(
      /theme/,
    );
    expect(await store.items.sensitivity.get()).toBe(0.9);
  });

  it('never throws when storage itself fails: defaults with a notice', async () => {
    const broken = fakeStorage();
    const failing = {
      ...broken,
      sync: { ...broken.sync, get: () => Promise.reject(new Error('IO error')) },
    };
    const { settings, notices } = await createSettingsStore(failing).loadSettings();
    expect(settings).toEqual(defaultSettings());
    expect(notices.map((n) => n.problem)).toContain('storage-unavailable');
  });
});
