import { describe, expect, it } from 'vitest';
import { effectiveSettings } from '../../../src/settings/effective';
import { toEngineSettings, withContextOverrides } from '../../../src/settings/engine-settings';
import { parsePolicy } from '../../../src/settings/managed';
import { defaultSettings } from '../../../src/settings/schema';
import { samplePack, samplePrinciple } from './helpers';

const principles = [
  samplePrinciple('dreams-over-features', 'marketing'),
  samplePrinciple('results-back-the-message', 'marketing'),
  samplePrinciple('trust-your-team', 'service'),
  samplePrinciple('own-mistakes-openly', 'service'),
];

describe('toEngineSettings', () => {
  it('passes sensitivity and per-principle sensitivity through', () => {
    const settings = {
      ...defaultSettings(),
      sensitivity: 0.3,
      principleSensitivity: { 'trust-your-team': 0.9 },
    };
    expect(toEngineSettings(settings, principles)).toEqual({
      sensitivity: 0.3,
      principleSensitivity: { 'trust-your-team': 0.9 },
      disabled: [],
    });
  });

  it('disables disabled principles and every principle of a disabled category', () => {
    const settings = {
      ...defaultSettings(),
      disabledPrinciples: ['own-mistakes-openly'],
      disabledCategories: ['marketing' as const],
    };
    expect([...(toEngineSettings(settings, principles).disabled ?? [])].sort()).toEqual([
      'dreams-over-features',
      'own-mistakes-openly',
      'results-back-the-message',
    ]);
  });

  it('adds principles locked off and removes principles locked on, even in a disabled category', () => {
    const policy = parsePolicy({
      lockedOn: ['dreams-over-features'],
      lockedOff: ['trust-your-team'],
    }).policy;
    const settings = effectiveSettings(
      {
        ...defaultSettings(),
        disabledCategories: ['marketing'],
        disabledPrinciples: ['dreams-over-features'],
      },
      policy,
    );
    expect([...(toEngineSettings(settings, principles).disabled ?? [])].sort()).toEqual([
      'results-back-the-message',
      'trust-your-team',
    ]);
  });
});

describe('withContextOverrides', () => {
  it('replaces the contexts of overridden principles only', () => {
    const packs = [samplePack('team-a', ['one-rule', 'two-rule'])];
    const [pack] = withContextOverrides(packs, { 'two-rule': ['crm'] });
    expect(pack?.principles.map((p) => p.contexts)).toEqual([['email', 'crm'], ['crm']]);
    expect(packs[0]?.principles[1]?.contexts).toEqual(['email', 'crm']);
  });
});
