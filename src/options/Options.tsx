/** The options page: a left navigation of sections (deep-linkable by #hash), live data, status line. */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Notice } from '../settings';
import { Icon, NoticeBanner } from '../ui/components';
import type { Connector } from '../ui/connector';
import { t, uiLanguage } from '../ui/i18n';
import { noticeText } from '../ui/notice-text';
import { LanguageSection } from './sections/Language';
import { MyPrinciplesSection } from './sections/MyPrinciples';
import { PacksSection } from './sections/Packs';
import { PrinciplesSection } from './sections/Principles';
import { PrivacySection } from './sections/Privacy';
import { SitesSection } from './sections/Sites';
import { TrySection } from './sections/Try';
import { PageProvider, useOptionsData, type PageContext, type Status } from './state';

/** The sections in navigation order; the id is the URL hash. */
export const SECTIONS = [
  { id: 'try', label: 'optionsNavTry', view: TrySection },
  { id: 'principles', label: 'optionsNavPrinciples', view: PrinciplesSection },
  { id: 'my-principles', label: 'optionsNavMyPrinciples', view: MyPrinciplesSection },
  { id: 'packs', label: 'optionsNavPacks', view: PacksSection },
  { id: 'sites', label: 'optionsNavSites', view: SitesSection },
  { id: 'language', label: 'optionsNavLanguage', view: LanguageSection },
  { id: 'privacy', label: 'optionsNavPrivacy', view: PrivacySection },
] as const;

type SectionId = (typeof SECTIONS)[number]['id'];

function sectionFromHash(): SectionId {
  const id = location.hash.replace(/^#/, '').split('/')[0];
  return SECTIONS.find((s) => s.id === id)?.id ?? SECTIONS[0].id;
}

/** The section named by the URL hash, following back/forward and links. */
function useHashSection(): SectionId {
  const [section, setSection] = useState(sectionFromHash);
  useEffect(() => {
    const follow = () => setSection(sectionFromHash());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return section;
}

/** Notices from reading the settings, until the rep dismisses them. */
function Notices(props: { notices: readonly Notice[]; onDismiss: () => void }) {
  const [hidden, setHidden] = useState(false);
  if (hidden || props.notices.length === 0) return null;
  return (
    <NoticeBanner
      tone="warning"
      title={t('optionsNoticesTitle')}
      dismissLabel={t('optionsNoticesDismiss')}
      onDismiss={() => {
        setHidden(true);
        props.onDismiss();
      }}
    >
      <ul class="notices">
        {props.notices.map((n) => (
          <li key={`${n.key}|${n.problem}`}>
            {noticeText(n)}
            {n.detail && <span class="notices__detail"> ({n.detail})</span>}
          </li>
        ))}
      </ul>
    </NoticeBanner>
  );
}

/** The options page's root component. */
export function Options(props: { connector: Connector }) {
  const { connector } = props;
  const { data, error, reload } = useOptionsData(connector);
  const section = useHashSection();
  const [status, setStatus] = useState<Status | null>(null);
  const headingFocus = useRef(false);
  const language = uiLanguage();

  useLayoutEffect(() => {
    document.title = t('optionsPageTitle');
  }, [language]);

  // After a navigation (not on first load), focus the heading so keyboard and screen-reader users land there.
  useEffect(() => {
    if (!headingFocus.current) return;
    headingFocus.current = false;
    document.getElementById(`${section}-title`)?.focus();
  }, [section]);

  // The current section's own link moves focus too, though the hash (and so the section) stays.
  const followLink = (id: SectionId) => {
    if (id === section) document.getElementById(`${id}-title`)?.focus();
    else headingFocus.current = true;
  };
  const report = useCallback((next: Status) => setStatus(next), []);
  const run = useCallback<PageContext['run']>(
    async (action, saved) => {
      try {
        const notices = (await action()) ?? [];
        const kept = notices.find((n) => n.problem === 'stored-on-this-device-only');
        setStatus(
          kept
            ? { kind: 'info', text: noticeText(kept) }
            : { kind: 'saved', text: saved ?? t('optionsSaved') },
        );
        return true;
      } catch (e) {
        setStatus({
          kind: 'error',
          text: t('optionsSaveFailed', e instanceof Error ? e.message : String(e)),
        });
        return false;
      } finally {
        reload();
      }
    },
    [reload],
  );
  const page = useMemo(
    () => (data ? { connector, data, run, report } : null),
    [connector, data, run, report],
  );

  const current = SECTIONS.find((s) => s.id === section) ?? SECTIONS[0];
  const View = current.view;
  return (
    <div class="page">
      <header class="page__header">
        <img src="/icons/icon-48.png" alt="" width={32} height={32} />
        <h1 id="options-title">{t('optionsPageTitle')}</h1>
        <p class="page__status" role="status" aria-live="polite">
          {status ? (
            <span class={`status status--${status.kind}`}>
              {status.kind === 'saved' && <Icon name="check" size={16} />}
              {status.text}
            </span>
          ) : (
            t('optionsAutosave')
          )}
        </p>
      </header>
      <div class="page__body">
        <nav class="nav" aria-label={t('optionsNavLabel')}>
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <a
                  href={`#${s.id}`}
                  class="nav__link"
                  aria-current={s.id === section ? 'page' : undefined}
                  onClick={() => followLink(s.id)}
                >
                  {t(s.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main class="page__main" aria-labelledby={`${section}-title`}>
          <div class="banners">
            {error && <NoticeBanner tone="error" title={t('optionsLoadFailed', error)} />}
            {data?.managed.managed && (
              <NoticeBanner tone="info" title={t('optionsManagedBanner')} />
            )}
            {data && (
              <Notices
                notices={data.notices}
                onDismiss={() => void connector.dismissRepairNotices().catch(() => undefined)}
              />
            )}
          </div>
          {page ? (
            <PageProvider value={page}>
              <View />
            </PageProvider>
          ) : (
            !error && <p class="loading">{t('optionsLoading')}</p>
          )}
        </main>
      </div>
    </div>
  );
}
