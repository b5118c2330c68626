/**
 * How a page's site state is derived, and which host permissions a site needs. Pure functions:
 * the service worker and the in-memory connector of the extension pages share them.
 */
import {
  KNOWN_HOST_MATCHES,
  hostMatchesPattern,
  isKnownHost,
  normalizeHostname,
  siteStatus,
  withSiteOff,
  withSiteOn,
  type Settings,
  type SiteSettings,
} from '../settings';
import type { SiteState } from './protocol';

/** Schemes Maxim can work on. */
const WEB_PROTOCOLS = new Set(['https:', 'http:']);

/** Whether a hostname is an IP address or a single-label name (no subdomains to cover). */
function isBareHost(hostname: string): boolean {
  return hostname.includes(':') || /^\d+(\.\d+){3}$/.test(hostname) || !hostname.includes('.');
}

/** The part of a match pattern between `://` and the path, e.g. `*.salesforce.com`. */
function patternHost(pattern: string): string {
  return pattern.replace(/^[a-z*]+:\/\//, '').replace(/\/.*$/, '');
}

/**
 * The host permissions Maxim needs on a site. A known host needs the manifest's own pattern(s)
 * (already granted in Chrome; Firefox may ask). Any other hostname needs the hostname and its
 * subdomains over https and http, because a site entry in the settings covers its subdomains too.
 */
export function sitePermissionPatterns(hostname: string): string[] {
  const host = normalizeHostname(hostname);
  if (host === null) return [];
  const known = KNOWN_HOST_MATCHES.filter((pattern) => hostMatchesPattern(host, patternHost(pattern)));
  if (known.length > 0) return known;
  const wildcard = isBareHost(host) ? host : `*.${host}`;
  return [`https://${wildcard}/*`, `http://${wildcard}/*`];
}

/** The permission pattern of one page's scheme and host, the narrowest one that lets Maxim run there. */
export function pagePermissionPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}

/** The state of a page that is not a web page (browser pages, extension pages, a missing URL). */
export function unavailableSite(hostname = ''): SiteState {
  return {
    hostname,
    available: false,
    enabled: false,
    known: false,
    permitted: false,
    reason: 'not-a-web-page',
    lockedOn: false,
  };
}

/** A URL Maxim can work on, or null for browser, extension and local pages. */
export function webUrl(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return WEB_PROTOCOLS.has(parsed.protocol) && parsed.hostname !== '' ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * The site state of a page from the effective settings and whether the browser lets Maxim read
 * the page: on only when the settings say so and the permission is there.
 */
export function siteStateFrom(url: string | undefined, settings: SiteSettings, permitted: boolean): SiteState {
  const page = webUrl(url);
  if (!page) return unavailableSite(safeHostname(url));
  const hostname = normalizeHostname(page.hostname) ?? page.hostname;
  const status = siteStatus(settings, hostname);
  return {
    hostname,
    available: true,
    enabled: status.enabled && permitted,
    known: isKnownHost(hostname),
    permitted,
    reason: status.reason,
    // Locked even while Maxim is paused everywhere: the rep still cannot turn this site off.
    lockedOn: siteStatus({ ...settings, enabled: true }, hostname).reason === 'locked-on-by-policy',
  };
}

function safeHostname(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

/**
 * The rep's site lists after turning Maxim on or off for a hostname. A known host needs no
 * `sitesOn` entry to be on, only no `sitesOff` entry covering it.
 */
export function siteListsAfter(
  lists: Pick<Settings, 'sitesOn' | 'sitesOff'>,
  hostname: string,
  on: boolean,
): Pick<Settings, 'sitesOn' | 'sitesOff'> {
  if (!on) return withSiteOff(lists, hostname);
  const after = withSiteOn(lists, hostname);
  return isKnownHost(hostname) ? { sitesOn: lists.sitesOn, sitesOff: after.sitesOff } : after;
}
