/** The current page's site: what Maxim does there and the switch to turn it on or off. */
import type { PauseState } from '../settings';
import type { CurrentSite, SiteState } from '../ui/connector';
import { Button, Icon, LockBadge, NoticeBanner, Toggle } from '../ui/components';
import { t, uiLanguage } from '../ui/i18n';

/** Something the last change reported: a refused permission or a failure. */
export interface SiteMessage {
  tone: 'warning' | 'error';
  text: string;
}

/** Why Maxim is on or off here, in words. */
function reasonText(site: SiteState): string {
  if (
    !site.permitted &&
    !site.enabled &&
    site.reason !== 'turned-off-here' &&
    site.reason !== 'not-turned-on'
  ) {
    return t('siteReasonNeedsAccess');
  }
  switch (site.reason) {
    case 'known-host':
      return t('siteReasonKnownHost');
    case 'turned-on-here':
      return t('siteReasonTurnedOnHere');
    case 'everywhere':
      return t('siteReasonEverywhere');
    case 'turned-off-here':
      return t('siteReasonTurnedOffHere');
    case 'locked-on-by-policy':
      return t('siteReasonLocked');
    default:
      return t('siteReasonNotTurnedOn');
  }
}

function Unavailable() {
  return (
    <section class="site site--muted" aria-labelledby="site-title">
      <Icon name="blocked" class="site__icon" />
      <div class="site__text">
        <h2 id="site-title" class="site__title">
          {t('siteUnavailableTitle')}
        </h2>
        <p class="site__hint">{t('siteUnavailableHint')}</p>
      </div>
    </section>
  );
}

/** The locale for times: the browser's when it speaks the interface language, else a 24-hour one. */
function uiLocale(): string {
  const lang = uiLanguage();
  const browserLocale = typeof navigator === 'undefined' ? '' : navigator.language;
  if (browserLocale.toLowerCase().startsWith(lang)) return browserLocale;
  return lang === 'de' ? 'de-DE' : 'en-GB';
}

/** When a pause ends, in the rep's words: a time today, else the day and time ("Sat 00:00"). */
export function pauseEndText(until: number, now: number, locale: string): string {
  const end = new Date(until);
  const sameDay = end.toDateString() === new Date(now).toDateString();
  // "4:15 PM" where the clock has twelve hours, "04:15" where it has twenty-four.
  const twelveHours = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hour12;
  const format = new Intl.DateTimeFormat(locale, {
    ...(sameDay ? {} : { weekday: 'short' }),
    hour: twelveHours ? 'numeric' : '2-digit',
    minute: '2-digit',
  });
  return format.format(end);
}

function Paused({
  pause,
  onResume,
}: {
  pause: Exclude<PauseState, { kind: 'running' }>;
  onResume: () => void;
}) {
  const timed = pause.kind === 'paused';
  return (
    <section class="site site--paused" aria-labelledby="site-title">
      <Icon name="pause" class="site__icon" />
      <div class="site__text">
        <h2 id="site-title" class="site__title">
          {timed
            ? t('sitePausedUntilTitle', pauseEndText(pause.until, Date.now(), uiLocale()))
            : t('sitePausedTitle')}
        </h2>
        <p class="site__hint">{timed ? t('sitePausedUntilHint') : t('sitePausedHint')}</p>
      </div>
      <Button id="pause-resume" size="sm" variant="primary" onClick={onResume}>
        {timed ? t('siteResumeNow') : t('siteResume')}
      </Button>
    </section>
  );
}

/** The site card; `current` is null while the page is still being looked at. */
export function SiteCard({
  current,
  waiting,
  message,
  onToggle,
  onResume,
  pause,
}: {
  current: CurrentSite | null;
  /** The browser is asking the rep for the site's permission. */
  waiting: boolean;
  message: SiteMessage | null;
  onToggle: (on: boolean) => void;
  onResume: () => void;
  /** Whether Maxim is paused everywhere, and until when. */
  pause: PauseState;
}) {
  if (current === null) {
    return (
      <section class="site site--muted" aria-busy="true">
        <Icon name="globe" class="site__icon" />
        <p class="site__hint">{t('siteChecking')}</p>
      </section>
    );
  }
  const { site } = current;
  // A pause holds everywhere, browser pages too; the site's own state may be a moment behind it.
  if (pause.kind !== 'running') return <Paused pause={pause} onResume={onResume} />;
  if (site.reason === 'disabled-everywhere')
    return <Paused pause={{ kind: 'off' }} onResume={onResume} />;
  if (!site.available) return <Unavailable />;
  const status = site.enabled ? t('siteOnTitle') : t('siteOffTitle');
  const description = (
    <>
      <span class={site.enabled ? 'site__status site__status--on' : 'site__status'}>{status}</span>
      {' — '}
      <span class="site__reason">{waiting ? t('siteWaitingPermission') : reasonText(site)}</span>
      {site.lockedOn && <LockBadge label={t('lockBadge')} reason={t('lockReason')} />}
    </>
  );
  return (
    <section class={site.enabled ? 'site site--on' : 'site'} aria-label={t('siteRegionLabel')}>
      <Icon name="globe" class="site__icon" />
      <div class="site__control">
        <Toggle
          label={
            <>
              <span class="mx-visually-hidden">{t('siteSwitchPrefix')} </span>
              <span class="site__host">{site.hostname}</span>
            </>
          }
          description={description}
          checked={site.enabled}
          disabled={site.lockedOn || waiting}
          busy={waiting}
          onChange={onToggle}
        />
        {message && <NoticeBanner tone={message.tone} title={message.text} />}
      </div>
    </section>
  );
}
