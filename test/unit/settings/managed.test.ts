import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  POLICY_LOCK_MESSAGE,
  activePacks,
  effectiveSettings,
  packLock,
  principleLock,
  settingLock,
  siteLock,
  userPacksLock,
} from '../../../src/settings/effective';
import { EMPTY_POLICY, isManaged, parsePolicy, readPolicy } from '../../../src/settings/managed';
import { defaultSettings } from '../../../src/settings/schema';
import { isSiteEnabled } from '../../../src/settings/sites';
import { createSettingsStore } from '../../../src/settings/store';
import managedSchema from '../../../src/settings/managed_schema.json';
import { fakeStorage, samplePack } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('reading the policy', () => {
  it('is empty without a policy', async () => {
    const { policy, notices } = await readPolicy(fakeStorage());
    expect(policy).toEqual(EMPTY_POLICY);
    expect(isManaged(policy)).toBe(false);
    expect(notices).toEqual([]);
  });

  it('is empty, without throwing, where managed storage rejects (Firefox without policy)', async () => {
    const firefox = {
      ...fakeStorage(),
      managed: {
        get: () => Promise.reject(new Error('Managed storage manifest not found')),
        set: () => Promise.reject(new Error('read-only')),
        remove: () => Promise.reject(new Error('read-only')),
      },
    };
    expect((await readPolicy(firefox)).policy).toEqual(EMPTY_POLICY);
    const { managed: _absent, ...noManagedArea } = fakeStorage();
    expect((await readPolicy(noManagedArea)).policy).toEqual(EMPTY_POLICY);
  });

  it('takes packs as objects or as JSON text and ignores invalid ones with a notice', () => {
    const { policy, notices } = parsePolicy({
      packs: [
        JSON.stringify(samplePack('team-json')),
        samplePack('team-object'),
        '{not json',
        { id: 'x' },
      ],
    });
    expect(policy.packs.map((p) => p.id)).toEqual(['team-json', 'team-object']);
    expect(notices.map((n) => [n.key, n.problem])).toEqual([
      ['policy.packs[2]', 'policy-value-ignored'],
      ['policy.packs[3]', 'policy-value-ignored'],
    ]);
    expect(notices[0]?.detail).toMatch(/JSON/);
  });

  it('validates every value on its own; lockedOff wins over lockedOn', () => {
    const { policy, notices } = parsePolicy({
      lockedOn: ['trust-your-team', 'consistent-standards', 42],
      lockedOff: ['consistent-standards'],
      sitesOn: ['CRM.acme.com'],
      siteMode: 'sometimes',
      sensitivity: 0.3,
      disableUserPacks: 'yes',
    });
    expect(policy).toEqual({
      packs: [],
      lockedOn: ['trust-your-team'],
      lockedOff: ['consistent-standards'],
      sitesOn: ['crm.acme.com'],
      sensitivity: 0.3,
      disableUserPacks: false,
    });
    expect(notices.map((n) => n.key).sort()).toEqual([
      'policy.disableUserPacks',
      'policy.lockedOn[2]',
      'policy.siteMode',
    ]);
  });

  it('declares every policy key it reads in managed_schema.json', () => {
    expect(managedSchema.type).toBe('object');
    expect(Object.keys(managedSchema.properties).sort()).toEqual(
      Object.keys({ ...EMPTY_POLICY, siteMode: 0, sensitivity: 0 }).sort(),
    );
    for (const property of Object.values(managedSchema.properties)) {
      expect(['array', 'string', 'number', 'boolean']).toContain(property.type);
    }
  });
});

describe('effective settings', () => {
  const policy = parsePolicy({
    packs: [samplePack('team-pack')],
    lockedOn: ['trust-your-team'],
    lockedOff: ['loud-few-not-many'],
    sitesOn: ['crm.acme.com'],
    siteMode: 'known',
    sensitivity: 0.2,
    disableUserPacks: true,
  }).policy;
  const user = {
    ...defaultSettings(),
    siteMode: 'everywhere' as const,
    sensitivity: 0.9,
    sitesOn: ['mine.example'],
    sitesOff: ['acme.com'],
    disabledPrinciples: ['trust-your-team', 'own-mistakes-openly'],
  };

  it("applies the policy over the rep's settings", () => {
    const effective = effectiveSettings(user, policy);
    expect(effective.siteMode).toBe('known');
    expect(effective.sensitivity).toBe(0.2);
    expect(effective.sitesOn).toEqual(['crm.acme.com', 'mine.example']);
    expect(effective.disabledPrinciples.sort()).toEqual([
      'loud-few-not-many',
      'own-mistakes-openly',
    ]);
    expect(effective.disableUserPacks).toBe(true);
    expect(isSiteEnabled(effective, 'crm.acme.com')).toBe(true);
    expect(isSiteEnabled(effective, 'www.acme.com')).toBe(false);
  });

  it("is the rep's settings unchanged without a policy", () => {
    const effective = effectiveSettings(user);
    expect(effective).toMatchObject(user);
    expect(effective.lockedOn).toEqual([]);
  });

  it('says what the policy locks and why', () => {
    expect(settingLock(policy, 'sensitivity')).toEqual({
      by: 'policy',
      message: POLICY_LOCK_MESSAGE,
      value: 0.2,
    });
    expect(POLICY_LOCK_MESSAGE).toBe("Set by your organisation's policy");
    expect(settingLock(policy, 'siteMode')?.value).toBe('known');
    expect(settingLock(policy, 'theme')).toBeNull();
    expect(settingLock(EMPTY_POLICY, 'sensitivity')).toBeNull();
    expect(principleLock(policy, 'trust-your-team')?.value).toBe('on');
    expect(principleLock(policy, 'loud-few-not-many')?.value).toBe('off');
    expect(principleLock(policy, 'own-mistakes-openly')).toBeNull();
    expect(siteLock(policy, 'eu.crm.acme.com')?.value).toBe('on');
    expect(siteLock(policy, 'acme.com')).toBeNull();
    expect(packLock(policy, 'team-pack')?.message).toBe(POLICY_LOCK_MESSAGE);
    expect(packLock(policy, 'my-principles')).toBeNull();
    expect(userPacksLock(policy)?.value).toBe('off');
  });

  it('orders packs bundled, user, team and drops user packs when the policy says so', () => {
    const bundled = samplePack('maxim-core');
    const mine = samplePack('my-principles');
    expect(activePacks([bundled], [mine]).map((p) => p.id)).toEqual([
      'maxim-core',
      'my-principles',
    ]);
    expect(activePacks([bundled], [mine], policy).map((p) => p.id)).toEqual([
      'maxim-core',
      'team-pack',
    ]);
  });

  it('comes from the store with the managed storage applied', async () => {
    await fakeBrowser.storage.managed.set({ sensitivity: 0.1, lockedOff: ['trust-your-team'] });
    const store = createSettingsStore(fakeStorage());
    await store.items.sensitivity.set(0.7);
    const state = await store.loadState();
    expect(state.settings.sensitivity).toBe(0.7);
    expect(state.effective.sensitivity).toBe(0.1);
    expect(state.effective.disabledPrinciples).toEqual(['trust-your-team']);
    expect(isManaged(state.policy)).toBe(true);
  });
});

describe('a sensitivity set by policy', () => {
  it('overrides the per-principle sensitivities too', async () => {
    const { effectiveSettings, defaultSettings, EMPTY_POLICY } =
      await import('../../../src/settings');
    const settings = { ...defaultSettings(), principleSensitivity: { 'own-mistakes-openly': 0.9 } };
    expect(effectiveSettings(settings, EMPTY_POLICY).principleSensitivity).toEqual({
      'own-mistakes-openly': 0.9,
    });
    expect(
      effectiveSettings(settings, { ...EMPTY_POLICY, sensitivity: 0.3 }).principleSensitivity,
    ).toEqual({});
  });
});
