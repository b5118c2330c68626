/**
 * The service worker's site logic: the state of a page, turning Maxim on or off for a site, and
 * keeping content-script registrations in line with settings and permissions.
 */
import {
  POLICY_LOCK_MESSAGE,
  effectiveSettings,
  hostOfPattern,
  normalizeHostname,
  pagePermissionPattern,
  siteListsAfter,
  siteLock,
  siteStateFrom,
  webUrl,
  type EffectiveSettings,
  type SettingsStore,
  type SiteSettings,
} from '../settings';
import type { SiteState } from '../messaging/protocol';
import type { SiteRegistrar } from './site-registration';

/** The permission check the site logic needs (`browser.permissions.contains`). */
export interface PermissionCheck {
  contains(permissions: { origins: string[] }): Promise<boolean>;
}

/** What the router and the event listeners call. */
export interface SiteService {
  /** The site state of a page's URL. */
  stateOf(url: string): Promise<SiteState>;
  /** Turns Maxim on or off for a hostname (see BackgroundProtocol.setSiteEnabled). */
  setSiteEnabled(request: { hostname: string; on: boolean; tabId?: number }): Promise<SiteState>;
  /** Reconciles registrations with the stored settings. */
  sync(): Promise<string[]>;
  /** Reconciles with given settings, skipping the work when no site setting changed since last time. */
  syncWith(settings: EffectiveSettings): Promise<string[] | null>;
  /**
   * Host permissions were granted: the sites they name are turned on and started in their open
   * tabs. This completes "On for this site" even when the popup did not live to see the answer
   * (browsers close the popup while their permission prompt is open).
   */
  permissionsAdded(origins: readonly string[]): Promise<void>;
}

/** The settings that decide registrations, as one comparable string. */
function siteKey(s: SiteSettings): string {
  return JSON.stringify([s.siteMode, s.sitesOn, s.sitesOff, s.sitesLockedOn ?? []]);
}

/** Creates the site service over the settings store, the registrar and the permission check. */
export function createSiteService(
  store: SettingsStore,
  registrar: SiteRegistrar,
  permissions: PermissionCheck,
): SiteService {
  let lastKey: string | null = null;

  const allowed = (pattern: string) =>
    permissions.contains({ origins: [pattern] }).catch(() => false);

  async function stateOf(url: string): Promise<SiteState> {
    const page = webUrl(url);
    const { effective } = await store.loadState();
    const permitted = page ? await allowed(pagePermissionPattern(page)) : false;
    return siteStateFrom(url, effective, permitted);
  }

  /** The state of a hostname without a page: permitted when https or http is. */
  async function stateOfHost(host: string): Promise<SiteState> {
    const https = await stateOf(`https://${host}/`);
    if (https.permitted) return https;
    const http = await stateOf(`http://${host}/`);
    return http.permitted ? http : https;
  }

  async function reconcile(settings: EffectiveSettings): Promise<string[]> {
    lastKey = siteKey(settings);
    return registrar.reconcile(settings);
  }

  async function setSiteEnabled(request: {
    hostname: string;
    on: boolean;
    tabId?: number;
  }): Promise<SiteState> {
    const host = normalizeHostname(request.hostname);
    if (host === null) throw new Error(`Not a site: "${request.hostname}"`);
    const { settings, policy } = await store.loadState();
    if (!request.on && siteLock(policy, host)) throw new Error(POLICY_LOCK_MESSAGE);
    const lists = siteListsAfter(settings, host, request.on);
    await store.saveSettings(lists);
    await reconcile(effectiveSettings({ ...settings, ...lists }, policy));
    if (request.on)
      await registrar.startIn(host, request.tabId === undefined ? [] : [request.tabId]);
    return stateOfHost(host);
  }

  async function permissionsAdded(origins: readonly string[]): Promise<void> {
    const hosts = [
      ...new Set(origins.map(hostOfPattern).filter((host): host is string => host !== null)),
    ];
    for (const host of hosts) {
      const { effective } = await store.loadState();
      if (siteStateFrom(`https://${host}/`, effective, true).enabled) {
        // Already on in the settings, only the permission was missing: register and start now.
        await reconcile(effective);
        await registrar.startIn(host, []);
      } else {
        await setSiteEnabled({ hostname: host, on: true });
      }
    }
  }

  return {
    stateOf,
    setSiteEnabled,
    permissionsAdded,
    sync: async () => reconcile((await store.loadState()).effective),
    syncWith: async (settings) => (siteKey(settings) === lastKey ? null : reconcile(settings)),
  };
}
