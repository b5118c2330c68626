/** The popup's current site: loaded on open and after every settings change, and the on/off action. */
import { useEffect, useState } from 'preact/hooks';
import type { Connector, CurrentSite, SiteChange, UiState } from '../ui/connector';
import { t } from '../ui/i18n';
import { useLatest } from '../ui/latest';
import type { SiteMessage } from './SiteCard';

/** What the site card needs. */
export interface SiteControl {
  current: CurrentSite | null;
  waiting: boolean;
  message: SiteMessage | null;
  toggle(on: boolean): void;
}

function messageFor(change: Exclude<SiteChange, { ok: true }>, hostname: string): SiteMessage {
  if (change.reason === 'permission-denied')
    return { tone: 'warning', text: t('sitePermissionDenied', hostname) };
  if (change.reason === 'locked') return { tone: 'warning', text: t('lockReason') };
  return { tone: 'error', text: t('siteChangeFailed', change.message ?? '') };
}

/** Tracks the current site; `state` changes (settings saved anywhere) trigger a fresh look. */
export function useSite(connector: Connector, state: UiState | undefined): SiteControl {
  const [current, setCurrent] = useState<CurrentSite | null>(null);
  const [waiting, setWaiting] = useState(false);
  const [message, setMessage] = useState<SiteMessage | null>(null);
  const begin = useLatest();

  useEffect(() => {
    const isLatest = begin();
    connector.getCurrentSite().then(
      (site) => {
        if (isLatest()) setCurrent(site);
      },
      () => {
        if (isLatest())
          setCurrent({
            site: {
              hostname: '',
              available: false,
              enabled: false,
              known: false,
              permitted: false,
              reason: 'not-a-web-page',
              lockedOn: false,
            },
          });
      },
    );
  }, [connector, state?.effective, begin]);

  function toggle(on: boolean): void {
    if (!current) return;
    const { hostname } = current.site;
    setMessage(null);
    // Called synchronously from the click: the permission prompt needs the user gesture.
    const change = connector.setSiteEnabled(hostname, on, current.tabId);
    if (on && !current.site.permitted) setWaiting(true);
    void change.then((result) => {
      setWaiting(false);
      if (!result.ok) setMessage(messageFor(result, hostname));
      else if (result.site) setCurrent({ ...current, site: result.site });
    });
  }

  return { current, waiting, message, toggle };
}
