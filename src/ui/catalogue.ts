/**
 * The merged principle catalogue the pages show: bundled, the rep's and the team's packs in the
 * engine's override order, each principle with its pack, its on/off state, favourite and lock.
 */
import type { Category, Pack } from '../data/types';
import { mergePacks } from '../data/merge';
import {
  CATEGORIES,
  OWN_PACK_ID,
  isManaged,
  packLock,
  principleLock,
  settingLock,
  userPacksLock,
  type Notice,
  type SettingKey,
  type SettingsState,
} from '../settings';
import type { ManagedInfo, PackOrigin, PackSummary, PrincipleEntry, UiState } from './connector';

/** The rep's packs as the catalogue receives them. */
interface Sources {
  bundled: readonly Pack[];
  user: readonly Pack[];
}

function summary(
  pack: Pack,
  origin: PackOrigin,
  active: boolean,
  state: SettingsState,
): PackSummary {
  const lock =
    origin === 'managed'
      ? packLock(state.policy, pack.id)
      : origin === 'bundled'
        ? null
        : userPacksLock(state.policy);
  const result: PackSummary = {
    id: pack.id,
    name: pack.name,
    version: pack.version,
    origin,
    principleCount: pack.principles.length,
    active,
    lock,
  };
  if (pack.description !== undefined) result.description = pack.description;
  return result;
}

/** Every pack with its origin, bundled first, then the rep's, then the team's. */
export function packSummaries(state: SettingsState, sources: Sources): PackSummary[] {
  const userActive = !state.policy.disableUserPacks;
  return [
    ...sources.bundled.map((pack) => summary(pack, 'bundled', true, state)),
    ...sources.user.map((pack) =>
      summary(pack, pack.id === OWN_PACK_ID ? 'own' : 'imported', userActive, state),
    ),
    ...state.policy.packs.map((pack) => summary(pack, 'managed', true, state)),
  ];
}

/** The principles of the active packs; a later pack's principle replaces an earlier one's in place. */
export function principleEntries(
  state: SettingsState,
  sources: Sources,
  packs: readonly PackSummary[],
): PrincipleEntry[] {
  const { effective, policy } = state;
  const favourites = new Set(effective.favourites);
  const disabled = new Set(effective.disabledPrinciples);
  const offCategories = new Set<string>(effective.disabledCategories);
  const lockedOn = new Set(effective.lockedOn);
  const all = [...sources.bundled, ...sources.user, ...policy.packs];
  const active = packs.flatMap((info, index) => {
    const pack = all[index];
    return pack && info.active ? [{ info, principles: pack.principles }] : [];
  });
  return mergePacks(active).map(({ principle, pack: { info }, overrides }) => ({
    id: principle.id,
    principle,
    pack: { id: info.id, name: info.name, origin: info.origin },
    overrides: overrides.map((earlier) => ({ id: earlier.info.id, name: earlier.info.name })),
    enabled:
      lockedOn.has(principle.id) ||
      (!disabled.has(principle.id) && !offCategories.has(principle.category)),
    favourite: favourites.has(principle.id),
    lock: principleLock(policy, principle.id),
  }));
}

const LOCKABLE: SettingKey[] = ['siteMode', 'sensitivity'];

/** What the policy sets, for badges. */
export function managedInfo(state: SettingsState): ManagedInfo {
  const settings: ManagedInfo['settings'] = {};
  for (const key of LOCKABLE) {
    const lock = settingLock(state.policy, key);
    if (lock) settings[key] = lock;
  }
  return {
    managed: isManaged(state.policy),
    settings,
    sitesLockedOn: [...state.policy.sitesOn],
    userPacksDisabled: userPacksLock(state.policy),
  };
}

/** The page state from the settings state, the rep's packs and the notices of reading them. */
export function buildUiState(
  state: SettingsState,
  sources: Sources,
  packNotices: readonly Notice[],
): UiState {
  const packs = packSummaries(state, sources);
  const principles = principleEntries(state, sources, packs);
  const present = new Set<Category>(principles.map((entry) => entry.principle.category));
  return {
    settings: state.settings,
    effective: state.effective,
    policy: state.policy,
    managed: managedInfo(state),
    notices: [...state.notices, ...packNotices],
    packs,
    principles,
    categories: CATEGORIES.filter((category) => present.has(category)),
  };
}
