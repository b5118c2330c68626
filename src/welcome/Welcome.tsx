/**
 * The welcome page: what Maxim does, where its badge appears, the shortcut that opens the card,
 * privacy in one line, and a field to try Maxim in, with the real badge and card.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SettingsState, SettingsStore } from '../settings';
import { Button, NoticeBanner } from '../ui/components';
import { t } from '../ui/i18n';
import { applyPreferences } from '../ui/preferences';

/** An illustration of a field with Maxim's badge at its corner, drawn with HTML and CSS. */
function BadgeIllustration() {
  return (
    <figure class="welcome__figure">
      <div class="sketch" aria-hidden="true">
        <div class="sketch__bar">
          <span />
          <span />
          <span />
        </div>
        <div class="sketch__field">
          <p>{t('welcomeSketchGreeting')}</p>
          <p>
            {t('welcomeSketchBefore')} <mark class="sketch__mark">{t('welcomeSketchMarked')}</mark>{' '}
            {t('welcomeSketchAfter')}
          </p>
          <span class="sketch__badge">1</span>
        </div>
      </div>
      <figcaption>{t('welcomeBadgeCaption')}</figcaption>
    </figure>
  );
}

/** The shortcut as keys, or where to set one when the rep has none. */
function Shortcut({ shortcut }: { shortcut: string | null }) {
  if (shortcut === null) return <p class="welcome__muted">{t('welcomeShortcutLoading')}</p>;
  if (shortcut === '') return <p>{t('welcomeShortcutNone')}</p>;
  const keys = shortcut.split('+');
  return (
    <p>
      {t('welcomeShortcutBefore')}{' '}
      <span class="welcome__keys">
        {keys.map((key, i) => (
          <span key={i}>
            {i > 0 && '+'}
            <kbd>{key}</kbd>
          </span>
        ))}
      </span>{' '}
      {t('welcomeShortcutAfter')}
    </p>
  );
}

/**
 * The rep's settings, read once and after every change; the page follows their language and theme.
 * (The page reads no packs: it is small, and the analysis runs in the service worker.)
 */
function useSettings(store: Pick<SettingsStore, 'loadState' | 'watchSettings'>) {
  const [state, setState] = useState<SettingsState | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    const controller = new AbortController();
    const show = (next: SettingsState) => {
      applyPreferences(next.effective);
      setState(next);
    };
    store.watchSettings(show, controller.signal);
    store.loadState().then(
      (loaded) => setState((old) => old ?? (applyPreferences(loaded.effective), loaded)),
      (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)),
    );
    return () => controller.abort();
  }, [store]);
  return { state, error };
}

/** The page's root component. */
export function Welcome({
  store,
  openOptions,
  shortcut: readShortcut,
  startTryIt,
}: {
  store: Pick<SettingsStore, 'loadState' | 'watchSettings'>;
  openOptions: () => Promise<unknown>;
  /** The keyboard shortcut that opens the card ('' when the rep has none). */
  shortcut: () => Promise<string>;
  /** Runs Maxim on the try-it field until the signal aborts. */
  startTryIt: (field: HTMLTextAreaElement, signal: AbortSignal) => Promise<void>;
}) {
  const { state, error } = useSettings(store);
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [tryFailed, setTryFailed] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const ready = state !== undefined;

  useEffect(() => {
    readShortcut().then(setShortcut, () => setShortcut(''));
  }, [readShortcut]);
  useEffect(() => {
    if (!ready || !field.current) return;
    const controller = new AbortController();
    startTryIt(field.current, controller.signal).catch(() => setTryFailed(true));
    return () => controller.abort();
  }, [ready, startTryIt]);

  return (
    <main class="welcome" aria-labelledby="welcome-title">
      <header class="welcome__header">
        <img src="/icons/icon-48.png" alt="" width={40} height={40} />
        <div>
          <h1 id="welcome-title">{t('welcomeTitle')}</h1>
          <p class="welcome__lead">{t('welcomeLead')}</p>
        </div>
      </header>
      {error && <NoticeBanner tone="error" title={t('popupLoadFailed', error)} />}

      <section class="welcome__section" aria-labelledby="welcome-where">
        <h2 id="welcome-where">{t('welcomeWhereTitle')}</h2>
        <p>{t('welcomeWhereText')}</p>
        <BadgeIllustration />
      </section>

      <section class="welcome__section" aria-labelledby="welcome-shortcut">
        <h2 id="welcome-shortcut">{t('welcomeShortcutTitle')}</h2>
        <Shortcut shortcut={shortcut} />
      </section>

      <section class="welcome__section welcome__try" aria-labelledby="welcome-try">
        <h2 id="welcome-try">{t('welcomeTryTitle')}</h2>
        <p>{t('welcomeTryText')}</p>
        <label class="welcome__label" for="try-it">
          {t('welcomeTryLabel')}
        </label>
        <textarea
          id="try-it"
          ref={field}
          class="welcome__field"
          rows={6}
          spellcheck
          placeholder={t('welcomeTryPlaceholder')}
          aria-describedby="try-it-hint"
        />
        <p id="try-it-hint" class="welcome__muted">
          {t('welcomeTryHint')}
        </p>
        {tryFailed && <NoticeBanner tone="error" title={t('welcomeTryFailed')} />}
      </section>

      <footer class="welcome__footer">
        <p class="welcome__privacy">{t('privacyStatement')}</p>
        <Button variant="secondary" icon="settings" onClick={() => void openOptions()}>
          {t('openOptions')}
        </Button>
      </footer>
    </main>
  );
}
