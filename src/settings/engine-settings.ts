/** Maps settings to what the engine takes: EngineSettings and packs with context overrides. */
import type { Pack, Principle } from '../data/types';
import type { EngineSettings } from '../engine/types';
import type { Settings } from './schema';

/** Settings, optionally effective ones with the principles the policy forced on or off. */
export type EngineSettingsSource = Pick<
  Settings,
  'disabledPrinciples' | 'disabledCategories' | 'sensitivity' | 'principleSensitivity'
> & { lockedOn?: readonly string[]; lockedOff?: readonly string[] };

/**
 * The engine's settings. Disabled = disabled (or muted) principles + every principle of a disabled
 * category + principles locked off by policy - principles locked on by policy. Categories need the
 * principles themselves, so pass every principle the engine will see.
 */
export function toEngineSettings(
  settings: EngineSettingsSource,
  principles: readonly Pick<Principle, 'id' | 'category'>[],
): EngineSettings {
  const offCategories = new Set<string>(settings.disabledCategories);
  const disabled = new Set(settings.disabledPrinciples);
  for (const principle of principles) {
    if (offCategories.has(principle.category)) disabled.add(principle.id);
  }
  for (const id of settings.lockedOff ?? []) disabled.add(id);
  for (const id of settings.lockedOn ?? []) disabled.delete(id);
  return {
    sensitivity: settings.sensitivity,
    principleSensitivity: { ...settings.principleSensitivity },
    disabled: [...disabled],
  };
}

/**
 * Packs with the rep's per-principle context overrides applied (the engine reads contexts from the
 * principles themselves). Returns the same packs when there is nothing to override.
 */
export function withContextOverrides(
  packs: readonly Pack[],
  principleContexts: Settings['principleContexts'],
): Pack[] {
  if (Object.keys(principleContexts).length === 0) return [...packs];
  return packs.map((pack) => ({
    ...pack,
    principles: pack.principles.map((principle) => {
      const contexts = principleContexts[principle.id];
      return contexts ? { ...principle, contexts: [...contexts] } : principle;
    }),
  }));
}
