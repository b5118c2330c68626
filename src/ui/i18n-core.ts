/**
 * Interface strings. The `_locales/<lang>/*.json` files are the only source (the build merges
 * them into each locale's messages.json for the manifest and browser.i18n). Strings are looked up
 * here rather than with browser.i18n.getMessage because the rep may choose an interface language
 * other than the browser's, which getMessage cannot follow. Each entry point registers the files
 * it needs (src/ui/i18n.ts: all of them; content/i18n.ts: the content script's only).
 */
export type UiLanguage = 'en' | 'de';
type Messages = Record<string, { message: string }>;

/** Locale files by path (`…/_locales/<lang>/<part>.json`), as `import.meta.glob` gives them. */
export type LocaleFiles = Record<string, Messages>;

const catalogue: Record<UiLanguage, Messages> = { en: {}, de: {} };

/** Adds locale files to the catalogue. */
export function addMessages(files: LocaleFiles): void {
  for (const [path, messages] of Object.entries(files)) {
    const lang = /\/_locales\/(en|de)\//.exec(path)?.[1] as UiLanguage | undefined;
    if (lang) Object.assign(catalogue[lang], messages);
  }
}
let current: UiLanguage = 'en';

/** The i18n namespace where the page runs inside the extension (Chrome's `chrome`, Firefox's `browser`). */
function extensionI18n(): { getUILanguage(): string } | undefined {
  // Read directly rather than through webextension-polyfill, which throws on import outside an
  // extension: the pages also render in component tests and in the in-memory preview.
  const scope = globalThis as {
    browser?: { i18n?: { getUILanguage(): string } };
    chrome?: { i18n?: { getUILanguage(): string } };
  };
  return scope.browser?.i18n ?? scope.chrome?.i18n;
}

/** The browser's interface language reduced to one Maxim speaks. */
export function browserUiLanguage(): UiLanguage {
  let lang = '';
  try {
    lang = extensionI18n()?.getUILanguage() ?? '';
  } catch {
    lang = '';
  }
  if (lang === '' && typeof navigator !== 'undefined') lang = navigator.language;
  return lang.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** Sets the interface language from the rep's preference ('auto' follows the browser). */
export function setUiLanguage(preference: 'auto' | UiLanguage): UiLanguage {
  current = preference === 'auto' ? browserUiLanguage() : preference;
  return current;
}

/** The interface language in use. */
export function uiLanguage(): UiLanguage {
  return current;
}

/** The string for a key in a given language ($1…$9 replaced by the substitutions); the key when missing. */
export function translate(
  lang: UiLanguage,
  key: string,
  substitutions: string | readonly string[] = [],
): string {
  const entry = catalogue[lang][key] ?? catalogue.en[key];
  if (!entry) return key;
  const subs = typeof substitutions === 'string' ? [substitutions] : substitutions;
  return entry.message.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
}

/** The string for a key in the interface language ($1…$9 replaced by the substitutions); the key when missing. */
export function t(key: string, substitutions: string | readonly string[] = []): string {
  return translate(current, key, substitutions);
}

/** All keys of one language, for the test that both languages have the same keys. */
export function messageKeys(lang: UiLanguage): string[] {
  return Object.keys(catalogue[lang]).sort();
}
