/** Notices of the settings module in the rep's words. */
import type { Notice, NoticeProblem } from '../settings';
import { t } from './i18n';

const PROBLEM_KEYS: Record<NoticeProblem, string> = {
  'reset-to-default': 'noticeResetToDefault',
  'invalid-entries-dropped': 'noticeInvalidEntriesDropped',
  'stored-on-this-device-only': 'noticeStoredOnThisDeviceOnly',
  'pack-quarantined': 'noticePackQuarantined',
  'policy-value-ignored': 'noticePolicyValueIgnored',
  'written-by-newer-version': 'noticeWrittenByNewerVersion',
  'storage-unavailable': 'noticeStorageUnavailable',
};

/** Stored keys with a name in the interface (others are shown as they are). */
const KEY_NAMES: Record<string, string> = {
  enabled: 'settingEnabled',
  pausedUntil: 'settingPausedUntil',
  siteMode: 'settingSiteMode',
  sitesOn: 'settingSitesOn',
  sitesOff: 'settingSitesOff',
  disabledPrinciples: 'settingDisabledPrinciples',
  disabledCategories: 'settingDisabledCategories',
  sensitivity: 'settingSensitivity',
  principleSensitivity: 'settingPrincipleSensitivity',
  principleContexts: 'settingPrincipleContexts',
  favourites: 'settingFavourites',
  uiLanguage: 'settingUiLanguage',
  analysisLanguage: 'settingAnalysisLanguage',
  theme: 'settingTheme',
  showHighlights: 'settingShowHighlights',
  dismissals: 'settingDismissals',
  stats: 'settingStats',
  statWeeks: 'settingStatWeeks',
  userPacks: 'settingUserPacks',
  settings: 'settingAll',
};

/** The name of a stored key, e.g. "Favourites" for `favourites`; a pack's label stays as it is. */
export function storedKeyName(key: string): string {
  const policy = /^policy\.(.+)$/.exec(key);
  if (policy) return policy[1] ?? key;
  const name = KEY_NAMES[key];
  return name ? t(name) : key;
}

/** One line for a notice, e.g. "Favourites were damaged and have been reset." */
export function noticeText(notice: Notice): string {
  return t(PROBLEM_KEYS[notice.problem], storedKeyName(notice.key));
}
