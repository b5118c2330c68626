/**
 * A page's site state and the host permissions a site needs. Pure functions: the service worker
 * and the in-memory connector of the extension pages share them.
 */
import { hostMatchesPattern, normalizeHostname, parseMatchPattern, webUrl } from './hosts';
import { KNOWN_HOST_MATCHES } from './known';
import { isKnownHost, siteStatus, type SiteReason, type SiteSettings } from './rules';

/** Whether Maxim runs on a site, and why. */
export interface SiteState {
  hostname: string;
  /** A web page (http or https): Maxim can work there at all. Browser and extension pages are not. */
  available: boolean;
  /** Maxim analyses text on this site: the settings say so and the browser lets it read the page. */
  enabled: boolean;
  /** The site is one of the known email and CRM hosts. */
  known: boolean;
  /** The browser lets Maxim read the site: a known host or a granted optional host permission. */
  permitted: boolean;
  /** Why the settings turn Maxim on or off here (`not-a-web-page` when it cannot run at all). */
  reason: SiteReason | 'not-a-web-page';
  /** The organisation's policy keeps Maxim on here; the rep cannot turn it off. */
  lockedOn: boolean;
}

/** Whether a hostname is an IP address or a single-label name (no subdomains to cover). */
function isBareHost(hostname: string): boolean {
  return hostname.includes(':') || /^\d+(\.\d+){3}$/.test(hostname) || !hostname.includes('.');
}

/**
 * The host permissions Maxim needs on a site. A known host needs the manifest's own pattern(s)
 * (already granted in Chrome; Firefox may ask). Any other hostname needs the hostname and its
 * subdomains over https and http, because a site entry in the settings covers its subdomains too.
 */
export function sitePermissionPatterns(hostname: string): string[] {
  const host = normalizeHostname(hostname);
  if (host === null) return [];
  const known = KNOWN_HOST_MATCHES.filter((pattern) =>
    hostMatchesPattern(host, parseMatchPattern(pattern)?.host ?? ''),
  );
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

/**
 * The site state of a page from the effective settings and whether the browser lets Maxim read
 * the page: on only when the settings say so and the permission is there.
 */
export function siteStateFrom(
  url: string | undefined,
  settings: SiteSettings,
  permitted: boolean,
): SiteState {
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
