/**
 * Effective settings: the rep's settings with the organisation's policy applied, and which
 * settings, principles, sites and packs the policy locks (and why), for the options page.
 */
import type { Pack } from '../data/types';
import { EMPTY_POLICY, type ManagedPolicy } from './managed';
import { isPausedAt } from './pause';
import type { SettingKey, Settings } from './schema';
import { siteEntryCovers } from './sites';

/** The settings Maxim acts on, plus what the policy forced. */
export interface EffectiveSettings extends Settings {
  /** Principles the policy forced on; they fire even if the rep or a category turned them off. */
  lockedOn: string[];
  /** Principles the policy forced off. */
  lockedOff: string[];
  /** Sites the policy forced on; see SiteSettings. */
  sitesLockedOn: string[];
  /** The rep's own packs are ignored. */
  disableUserPacks: boolean;
}

/** Shown next to anything the policy locks; the interface may translate it. */
export const POLICY_LOCK_MESSAGE = "Set by your organisation's policy";

/** Why something cannot be changed: the policy, with the value it forces. */
export interface Lock<T = unknown> {
  by: 'policy';
  message: string;
  value: T;
}

function lock<T>(value: T): Lock<T> {
  return { by: 'policy', message: POLICY_LOCK_MESSAGE, value };
}

/**
 * The rep's settings with the policy applied, at time `now`: while a pause runs, Maxim is off
 * everywhere (`enabled` false), so every surface that asks whether Maxim runs on a site hears no.
 */
export function effectiveSettings(
  settings: Settings,
  policy: ManagedPolicy = EMPTY_POLICY,
  now: number = Date.now(),
): EffectiveSettings {
  const disabled = new Set([...settings.disabledPrinciples, ...policy.lockedOff]);
  for (const id of policy.lockedOn) disabled.delete(id);
  return {
    ...settings,
    enabled: settings.enabled && !isPausedAt(settings, now),
    siteMode: policy.siteMode ?? settings.siteMode,
    sensitivity: policy.sensitivity ?? settings.sensitivity,
    // A sensitivity set by policy holds for every principle: the rep's per-principle values would undo it.
    principleSensitivity: policy.sensitivity !== undefined ? {} : settings.principleSensitivity,
    sitesOn: [...new Set([...policy.sitesOn, ...settings.sitesOn])],
    disabledPrinciples: [...disabled],
    lockedOn: [...policy.lockedOn],
    lockedOff: [...policy.lockedOff],
    sitesLockedOn: [...policy.sitesOn],
    disableUserPacks: policy.disableUserPacks,
  };
}

/** Whether the policy locks a whole setting (siteMode, sensitivity), with the value it forces. */
export function settingLock(policy: ManagedPolicy, key: SettingKey): Lock | null {
  if (key === 'siteMode' && policy.siteMode !== undefined) return lock(policy.siteMode);
  if (key === 'sensitivity' && policy.sensitivity !== undefined) return lock(policy.sensitivity);
  return null;
}

/** Whether the policy forces a principle on or off. */
export function principleLock(policy: ManagedPolicy, id: string): Lock<'on' | 'off'> | null {
  if (policy.lockedOff.includes(id)) return lock('off');
  if (policy.lockedOn.includes(id)) return lock('on');
  return null;
}

/** Whether the policy forces Maxim on for a hostname (the rep cannot turn it off there). */
export function siteLock(policy: ManagedPolicy, hostname: string): Lock<'on'> | null {
  return policy.sitesOn.some((entry) => siteEntryCovers(entry, hostname)) ? lock('on') : null;
}

/** Whether a pack comes from the policy (the rep cannot remove or edit it). */
export function packLock(policy: ManagedPolicy, packId: string): Lock<'managed'> | null {
  return policy.packs.some((pack) => pack.id === packId) ? lock('managed') : null;
}

/** Whether the policy turned off the rep's own packs and own principles. */
export function userPacksLock(policy: ManagedPolicy): Lock<'off'> | null {
  return policy.disableUserPacks ? lock('off') : null;
}

/**
 * The packs to analyse with, in override order (later packs win on equal principle ids):
 * bundled, then the rep's own unless the policy disables them, then the team's.
 */
export function activePacks(
  bundled: readonly Pack[],
  userPacks: readonly Pack[],
  policy: ManagedPolicy = EMPTY_POLICY,
): Pack[] {
  return [...bundled, ...(policy.disableUserPacks ? [] : userPacks), ...policy.packs];
}
