/**
 * The welcome page's "try it" field runs Maxim's real content code. Content scripts do not run on
 * extension pages, so the page starts what the content script starts on a web page when a field
 * takes focus (content/app.ts): the same editor adapter, field session, badge, marks and card, and
 * the same analysis in the service worker over the protocol, with the rep's settings. Only the
 * site decision differs: this page is no site, so Maxim is on here whenever it is not paused, and
 * the card offers no "Off on this site".
 */
import { deriveConfig, type ContentConfig } from '../../content/config';
import { adapterFor } from '../../content/editors';
import { setUiLanguage } from '../../content/i18n';
import { createAnalysisService } from '../../content/session/analysis';
import { startFieldSession, type FieldSession } from '../../content/session/field-session';
import { createSurface } from '../../content/ui/surface';
import type { Dismissal, SettingsState, SettingsStore } from '../settings';

/** The writing context of the try-it field: a customer email. */
const TRY_IT_HOST = 'mail.google.com';

/** What the try-it field's session acts on: the page's config for an email, never "off on this site". */
function tryItConfig(state: SettingsState): ContentConfig {
  const config = deriveConfig(state, TRY_IT_HOST);
  return { ...config, enabled: state.effective.enabled, siteLocked: true };
}

/** Runs Maxim on `field` until `signal` aborts; resolves once the settings are read. */
export async function startTryIt(
  field: HTMLTextAreaElement,
  store: SettingsStore,
  signal: AbortSignal,
): Promise<void> {
  let config = tryItConfig(await store.loadState());
  let dismissals: readonly Dismissal[] = await store.items.dismissals.get();
  let session: FieldSession | null = null;
  const surface = createSurface(field.ownerDocument, () => session?.toggleCard());
  const analysis = Promise.resolve(createAnalysisService());
  let focused = false;

  const apply = () => {
    setUiLanguage(config.uiLanguage);
    if (!focused) return;
    if (!config.enabled) {
      session?.dispose();
      session = null;
      return;
    }
    if (session) {
      session.refresh();
      return;
    }
    const adapter = adapterFor(field);
    if (!adapter) return;
    session = startFieldSession(adapter, {
      surface,
      analysis,
      config: () => config,
      dismissals: () => dismissals,
      store,
      siteOff: () => undefined,
    });
  };
  store.watchSettings((state) => {
    config = tryItConfig(state);
    apply();
  }, signal);
  store.items.dismissals.onChanged((value) => {
    dismissals = value;
    session?.refresh();
  }, signal);
  signal.addEventListener(
    'abort',
    () => {
      session?.dispose();
      surface.dispose();
    },
    { once: true },
  );
  // As on a web page, Maxim starts on a field when it first takes focus.
  const begin = () => {
    focused = true;
    apply();
  };
  if (field.ownerDocument.activeElement === field) begin();
  else field.addEventListener('focus', begin, { once: true, signal });
}
