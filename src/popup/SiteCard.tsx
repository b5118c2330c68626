/** The current page's site: what Maxim does there and the switch to turn it on or off. */
import type { CurrentSite, SiteState } from '../ui/connector';
import { Button, Icon, LockBadge, NoticeBanner, Toggle } from '../ui/components';
import { t } from '../ui/i18n';

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

function Paused({ onResume }: { onResume: () => void }) {
  return (
    <section class="site" aria-labelledby="site-title">
      <Icon name="blocked" class="site__icon" />
      <div class="site__text">
        <h2 id="site-title" class="site__title">
          {t('sitePausedTitle')}
        </h2>
        <p class="site__hint">{t('sitePausedHint')}</p>
      </div>
      <Button size="sm" variant="primary" onClick={onResume}>
        {t('siteResume')}
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
}: {
  current: CurrentSite | null;
  /** The browser is asking the rep for the site's permission. */
  waiting: boolean;
  message: SiteMessage | null;
  onToggle: (on: boolean) => void;
  onResume: () => void;
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
  if (!site.available) return <Unavailable />;
  if (site.reason === 'disabled-everywhere') return <Paused onResume={onResume} />;
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
