/** Interface strings for the content script: only its own locale files, to keep the page budget. */
import { addMessages, type LocaleFiles } from '../src/ui/i18n-core';

export * from '../src/ui/i18n-core';

addMessages(
  import.meta.glob<LocaleFiles[string]>('../_locales/*/{extension,content}.json', {
    eager: true,
    import: 'default',
  }),
);
