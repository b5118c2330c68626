/**
 * What the content script acts on, derived from the settings state and the page. The packs and
 * the engine live in the service worker (src/background/analysis.ts); the page never loads them.
 */
import type { Context } from '../src/engine/types';
import { isSiteEnabled, siteLock, type Settings, type SettingsState } from '../src/settings';
import { writingContext } from './context';

/** Everything the inline experience needs to know about the settings, for one page. */
export interface ContentConfig {
  hostname: string;
  /** Maxim runs on this page. */
  enabled: boolean;
  /** The organisation's policy keeps Maxim on here: no "Off on this site". */
  siteLocked: boolean;
  context: Context;
  uiLanguage: Settings['uiLanguage'];
  theme: Settings['theme'];
  showHighlights: boolean;
  /** Principles the policy forces on: they cannot be muted. */
  lockedOn: readonly string[];
  /** The rep's own site lists (not the effective ones), to turn a site off. */
  siteLists: Pick<Settings, 'sitesOn' | 'sitesOff'>;
}

/** Derives the content configuration for a page. */
export function deriveConfig(state: SettingsState, hostname: string): ContentConfig {
  const { effective, policy, settings } = state;
  return {
    hostname,
    enabled: isSiteEnabled(effective, hostname),
    siteLocked: siteLock(policy, hostname) !== null,
    context: writingContext(hostname),
    uiLanguage: effective.uiLanguage,
    theme: effective.theme,
    showHighlights: effective.showHighlights,
    lockedOn: effective.lockedOn,
    siteLists: { sitesOn: settings.sitesOn, sitesOff: settings.sitesOff },
  };
}
