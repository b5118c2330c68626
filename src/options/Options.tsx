/** The options page (sections for principles, packs, sites, language and privacy come next). */
import { t } from '../ui/i18n';

/** The options page's root component. */
export function Options() {
  return (
    <main class="options" aria-labelledby="options-title">
      <header class="options__header">
        <img src="/icons/icon-48.png" alt="" width={32} height={32} />
        <h1 id="options-title">{t('optionsTitle')}</h1>
      </header>
      <p>{t('privacyStatement')}</p>
    </main>
  );
}
