/** Applies the rep's interface language and colour theme to the page. */
import type { Settings } from '../settings';
import { setUiLanguage, type UiLanguage } from './i18n';

/** Sets the strings' language, `<html lang>` and `data-theme` (absent for "system"). */
export function applyPreferences(
  settings: Pick<Settings, 'uiLanguage' | 'theme'>,
  root: HTMLElement = document.documentElement,
): UiLanguage {
  const lang = setUiLanguage(settings.uiLanguage);
  root.lang = lang;
  if (settings.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
  return lang;
}
