/**
 * Which sites Maxim runs on: the decision shared by the service worker, the pages and the content
 * script, the known site a hostname belongs to, and the site lists after a toggle. Pure functions
 * over settings; no storage access.
 */
import type { Settings } from '../schema';
import { hostMatchesPattern, normalizeHostname, siteEntryCovers } from './hosts';
import { KNOWN_HOSTNAMES, KNOWN_SITES, type KnownSite } from './known';

/** The settings a site decision reads; effective settings add the sites forced on by policy. */
export type SiteSettings = Pick<Settings, 'enabled' | 'siteMode' | 'sitesOn' | 'sitesOff'> & {
  /** Sites the organisation's policy turned on; the rep cannot turn them off. */
  sitesLockedOn?: readonly string[];
};

/** The rep's two site lists. */
export type SiteLists = Pick<Settings, 'sitesOn' | 'sitesOff'>;

/** Why Maxim runs on a site or not, in order of precedence. */
export type SiteReason =
  | 'disabled-everywhere'
  | 'locked-on-by-policy'
  | 'turned-off-here'
  | 'everywhere'
  | 'known-host'
  | 'turned-on-here'
  | 'not-turned-on';

/** The decision for one site and its reason. */
export interface SiteStatus {
  enabled: boolean;
  reason: SiteReason;
}

/** The known product a hostname belongs to, if any (e.g. `Gmail` for mail.google.com). */
export function knownSiteFor(hostname: string): KnownSite | undefined {
  return KNOWN_SITES.find((site) => site.hosts.some((host) => hostMatchesPattern(hostname, host)));
}

/** Whether a hostname is one of the known email and CRM hosts. */
export function isKnownHost(hostname: string): boolean {
  return knownSiteFor(hostname) !== undefined;
}

function coveredBy(entries: readonly string[], hostname: string): boolean {
  return entries.some((entry) => siteEntryCovers(entry, hostname));
}

/**
 * Whether Maxim runs on a hostname, and why. Precedence: the global switch; sites forced on by
 * policy; the rep's `sitesOff` (wins over everything else); `everywhere` mode; known hosts;
 * the rep's `sitesOn`.
 */
export function siteStatus(
  settings: SiteSettings,
  hostname: string,
  knownHosts: readonly string[] = KNOWN_HOSTNAMES,
): SiteStatus {
  const host = normalizeHostname(hostname) ?? '';
  if (!settings.enabled) return { enabled: false, reason: 'disabled-everywhere' };
  if (host === '') return { enabled: false, reason: 'not-turned-on' };
  if (coveredBy(settings.sitesLockedOn ?? [], host)) {
    return { enabled: true, reason: 'locked-on-by-policy' };
  }
  if (coveredBy(settings.sitesOff, host)) return { enabled: false, reason: 'turned-off-here' };
  if (settings.siteMode === 'everywhere') return { enabled: true, reason: 'everywhere' };
  if (knownHosts.some((pattern) => hostMatchesPattern(host, pattern))) {
    return { enabled: true, reason: 'known-host' };
  }
  if (coveredBy(settings.sitesOn, host)) return { enabled: true, reason: 'turned-on-here' };
  return { enabled: false, reason: 'not-turned-on' };
}

/** Whether Maxim runs on a hostname (see siteStatus for the precedence). */
export function isSiteEnabled(
  settings: SiteSettings,
  hostname: string,
  knownHosts: readonly string[] = KNOWN_HOSTNAMES,
): boolean {
  return siteStatus(settings, hostname, knownHosts).enabled;
}

/** The site lists after the rep turns Maxim on for a hostname (from the popup or options). */
export function withSiteOn(settings: SiteLists, hostname: string): SiteLists {
  const host = normalizeHostname(hostname);
  if (host === null) return { sitesOn: settings.sitesOn, sitesOff: settings.sitesOff };
  return {
    sitesOn: settings.sitesOn.includes(host) ? settings.sitesOn : [...settings.sitesOn, host],
    // Every entry that would still switch this host off has to go.
    sitesOff: settings.sitesOff.filter((entry) => !siteEntryCovers(entry, host)),
  };
}

/** The site lists after the rep turns Maxim off for a hostname. */
export function withSiteOff(settings: SiteLists, hostname: string): SiteLists {
  const host = normalizeHostname(hostname);
  if (host === null) return { sitesOn: settings.sitesOn, sitesOff: settings.sitesOff };
  return {
    sitesOn: settings.sitesOn.filter((entry) => entry !== host),
    sitesOff: settings.sitesOff.includes(host) ? settings.sitesOff : [...settings.sitesOff, host],
  };
}

/**
 * The rep's site lists after turning Maxim on or off for a hostname. A known host needs no
 * `sitesOn` entry to be on, only no `sitesOff` entry covering it.
 */
export function siteListsAfter(lists: SiteLists, hostname: string, on: boolean): SiteLists {
  if (!on) return withSiteOff(lists, hostname);
  const after = withSiteOn(lists, hostname);
  return isKnownHost(hostname) ? { sitesOn: lists.sitesOn, sitesOff: after.sitesOff } : after;
}

/**
 * The hostnames the rep (or the policy) turned on that the known hosts do not already cover:
 * each needs a content-script registration of its own. The global switch is ignored, because the
 * content script pauses itself and stays ready.
 */
export function turnedOnHosts(settings: SiteSettings): string[] {
  const hosts = [...settings.sitesOn, ...(settings.sitesLockedOn ?? [])];
  const always = { ...settings, enabled: true };
  return [...new Set(hosts)].filter(
    (host) => !isKnownHost(host) && siteStatus(always, host).enabled,
  );
}

/** The `sitesOff` entries that are subdomains of a site turned on, e.g. `news.example.com` of `example.com`. */
export function subdomainsTurnedOff(
  settings: Pick<Settings, 'sitesOff'>,
  hostname: string,
): string[] {
  return settings.sitesOff.filter((off) => off.endsWith(`.${hostname}`));
}
