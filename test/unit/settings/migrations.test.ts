import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, V0_KEY, applyMigrations } from '../../../src/settings/migrations';
import { SETTINGS_SCHEMA_VERSION, defaultSettings } from '../../../src/settings/schema';
import { createSettingsStore } from '../../../src/settings/store';
import { fakeStorage } from './helpers';

/** The prototype's flat shape: one object in storage.sync. */
const v0 = {
  on: false,
  sites: ['crm.example.com'],
  blockedSites: ['news.example.org'],
  off: ['loud-few-not-many', 'trust-your-team'],
  threshold: 20,
  language: 'de',
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('migrations', () => {
  it('are ordered and end at the current schema version', () => {
    const froms = MIGRATIONS.map((m) => m.from);
    expect(froms).toEqual([...froms].sort((a, b) => a - b));
    expect((froms.at(-1) ?? -1) + 1).toBe(SETTINGS_SCHEMA_VERSION);
  });

  it('split the v0 flat object into one key per preference', () => {
    const after = applyMigrations({ sync: { [V0_KEY]: v0 }, local: {} }, 0);
    expect(after.sync).toEqual({
      enabled: false,
      sitesOn: ['crm.example.com'],
      sitesOff: ['news.example.org'],
      disabledPrinciples: ['loud-few-not-many', 'trust-your-team'],
      sensitivity: 0.8,
      uiLanguage: 'de',
      analysisLanguage: 'de',
    });
  });

  it('leave a v1 snapshot alone', () => {
    const raw = { sync: { theme: 'dark' }, local: {} };
    expect(applyMigrations(raw, 1)).toEqual(raw);
  });
});

describe('migrating stored settings', () => {
  it('reads v0 storage as current settings and rewrites storage in the new shape', async () => {
    await fakeBrowser.storage.sync.set({ [V0_KEY]: v0 });
    const { settings, notices } = await createSettingsStore(fakeStorage()).loadSettings();

    expect(notices).toEqual([]);
    expect(settings).toEqual({
      ...defaultSettings(),
      enabled: false,
      sitesOn: ['crm.example.com'],
      sitesOff: ['news.example.org'],
      disabledPrinciples: ['loud-few-not-many', 'trust-your-team'],
      sensitivity: 0.8,
      uiLanguage: 'de',
      analysisLanguage: 'de',
    });
    const stored = await fakeBrowser.storage.sync.get(null);
    expect(stored[V0_KEY]).toBeUndefined();
    expect(stored.schemaVersion).toBe(SETTINGS_SCHEMA_VERSION);
    expect(stored.sensitivity).toBe(0.8);
  });

  it('repairs a corrupt v0 field after migrating, keeping the rest', async () => {
    await fakeBrowser.storage.sync.set({ [V0_KEY]: { ...v0, threshold: 'high', language: 'fr' } });
    const { settings, notices } = await createSettingsStore(fakeStorage()).loadSettings();
    expect(settings.sensitivity).toBe(0.5);
    expect(settings.uiLanguage).toBe('auto');
    expect(settings.sitesOn).toEqual(['crm.example.com']);
    expect(notices.map((n) => [n.key, n.problem])).toEqual([
      ['uiLanguage', 'reset-to-default'],
      ['analysisLanguage', 'reset-to-default'],
    ]);
  });

  it('keeps a value already stored in the new shape over the v0 one', async () => {
    await fakeBrowser.storage.sync.set({ [V0_KEY]: v0, enabled: true });
    const { settings } = await createSettingsStore(fakeStorage()).loadSettings();
    expect(settings.enabled).toBe(true);
    expect(settings.sensitivity).toBe(0.8);
  });

  it('migrates once: a later write is not undone by a second store', async () => {
    await fakeBrowser.storage.sync.set({ [V0_KEY]: v0 });
    const first = createSettingsStore(fakeStorage());
    await first.items.enabled.set(true);
    const { settings } = await createSettingsStore(fakeStorage()).loadSettings();
    expect(settings.enabled).toBe(true);
  });

  it('reads settings of a newer version without rewriting them', async () => {
    await fakeBrowser.storage.sync.set({
      schemaVersion: SETTINGS_SCHEMA_VERSION + 1,
      theme: 'sepia',
      sensitivity: 0.3,
    });
    const { settings, notices } = await createSettingsStore(fakeStorage()).loadSettings();
    expect(settings.theme).toBe('system');
    expect(settings.sensitivity).toBe(0.3);
    expect(notices.map((n) => n.problem)).toEqual(['written-by-newer-version', 'reset-to-default']);
    // The newer version's value stays for the newer version to read.
    expect((await fakeBrowser.storage.sync.get('theme')).theme).toBe('sepia');
  });
});
