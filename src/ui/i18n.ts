/** Interface strings for the extension pages: every locale file (see i18n-core.ts). */
import { addMessages, type LocaleFiles } from './i18n-core';

export * from './i18n-core';

addMessages(
  import.meta.glob<LocaleFiles[string]>('../../_locales/*/*.json', {
    eager: true,
    import: 'default',
  }),
);
