/**
 * The settings module's public API. Everything here runs without extension APIs (tests, the CLI,
 * UI previews); `browser-store.ts` binds a store to this extension's `browser.storage`.
 * No other module reads or writes storage keys directly.
 */
export { createSettingsStore } from './store';
export type { LoadedSettings, SettingsState, SettingsStore, SettingsStoreOptions } from './store';
export type { Item, Items } from './items';
export {
  CATEGORIES,
  MAX_DISMISSALS,
  MAX_STAT_WEEKS,
  SETTINGS_SCHEMA_VERSION,
  SETTING_KEYS,
  defaultSettings,
} from './schema';
export type {
  Dismissal,
  ItemKey,
  ItemValues,
  SettingKey,
  Settings,
  SiteMode,
  StatCounts,
  StatKind,
  StatWeeks,
} from './schema';
export type { Notice, NoticeProblem } from './notices';
export { SETTINGS_FILE_FORMAT, readSettingsFile } from './settings-file';
export type { SettingsFile, SettingsFileResult } from './settings-file';
export type { StorageLike, StorageAreaLike, StorageListener } from './storage';
export { EMPTY_POLICY, isManaged, parsePolicy } from './managed';
export type { ManagedPolicy, PackValidator } from './managed';
export {
  POLICY_LOCK_MESSAGE,
  activePacks,
  effectiveSettings,
  packLock,
  principleLock,
  settingLock,
  siteLock,
  userPacksLock,
} from './effective';
export type { EffectiveSettings, Lock } from './effective';
export { RESUME_PATCH, isPausedAt, pausePatch, pauseState, startOfTomorrow } from './pause';
export type { PauseChoice, PauseState } from './pause';
export {
  KNOWN_HOSTNAMES,
  KNOWN_HOST_MATCHES,
  KNOWN_SITES,
  hostMatchesPattern,
  hostOfPattern,
  isKnownHost,
  isSiteEnabled,
  knownSiteFor,
  matchPatternCovers,
  normalizeHostname,
  pagePermissionPattern,
  parseMatchPattern,
  siteListsAfter,
  sitePermissionPatterns,
  siteStateFrom,
  siteStatus,
  subdomainsTurnedOff,
  turnedOnHosts,
  unavailableSite,
  webUrl,
  withSiteOff,
  withSiteOn,
} from './sites';
export type {
  KnownSite,
  MatchPattern,
  SiteKind,
  SiteLists,
  SiteReason,
  SiteSettings,
  SiteState,
  SiteStatus,
} from './sites';
export { toEngineSettings, withContextOverrides } from './engine-settings';
export type { EngineSettingsSource } from './engine-settings';
export { OWN_PACK_ID, ownPack } from './packs';
export type { PackStore, QuarantinedPack } from './packs';
export { fingerprintText, isDismissed, lastWeeks, weekOf, weeklyTotals } from './activity';
export type { WeekTotals } from './activity';
