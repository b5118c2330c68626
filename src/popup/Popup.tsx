/** The popup: Maxim's quick reference (search and browse come with the principle dataset). */
import { t } from '../ui/i18n';
import { sendToBackground } from '../messaging/client';

/** The popup's root component. */
export function Popup() {
  return (
    <main class="popup" aria-labelledby="popup-title">
      <header class="popup__header">
        <img src="/icons/icon-32.png" alt="" width={24} height={24} />
        <h1 id="popup-title">{t('extName')}</h1>
      </header>
      <p class="popup__lead">{t('popupLead')}</p>
      <button type="button" class="button" onClick={() => void sendToBackground('openOptions', null)}>
        {t('openOptions')}
      </button>
    </main>
  );
}
