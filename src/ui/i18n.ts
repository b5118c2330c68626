/** Interface strings through browser.i18n (the `_locales` folder), with a safe fallback. */
import browser from 'webextension-polyfill';

/** The interface string for a key, or the key itself when it is missing. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
