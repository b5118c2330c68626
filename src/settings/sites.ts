/**
 * Where Maxim runs: the site decision shared by the background, the popup toggle and the content
 * script. Pure functions over settings; no storage access.
 */
import { KNOWN_HOSTNAMES, hostMatchesPattern } from './known-hosts';
import type { Settings } from './schema';

/** The settings a site decision reads; effective settings add the sites forced on by policy. */
export type SiteSettings = Pick<Settings, 'enabled' | 'siteMode' | 'sitesOn' | 'sitesOff'> & {
  /** Sites the organisation's policy turned on; the rep cannot turn them off. */
  sitesLockedOn?: readonly string[];
};

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

/**
 * Whether a site entry covers a hostname: the entry itself and its subdomains, so turning off
 * `example.com` also turns off `app.example.com`.
 */
export function siteEntryCovers(entry: string, hostname: string): boolean {
  return hostMatchesPattern(hostname, entry.startsWith('*.') ? entry : `*.${entry}`);
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

/**
 * The hostname of what a rep typed or a tab's URL: `https://App.Example.com:8443/x` and
 * `App.Example.com` both give `app.example.com`. Null when it is not a usable host.
 */
export function normalizeHostname(input: string): string | null {
  const text = input.trim();
  if (text === '') return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    const host = url.hostname.toLowerCase().replace(/\.$/, '');
    return /^[a-z0-9._:[\]-]+$/.test(host) ? host : null;
  } catch {
    return null;
  }
}

/** The site lists after the rep turns Maxim on for a hostname (from the popup or options). */
export function withSiteOn(
  settings: Pick<Settings, 'sitesOn' | 'sitesOff'>,
  hostname: string,
): Pick<Settings, 'sitesOn' | 'sitesOff'> {
  const host = normalizeHostname(hostname);
  if (host === null) return { sitesOn: settings.sitesOn, sitesOff: settings.sitesOff };
  return {
    sitesOn: settings.sitesOn.includes(host) ? settings.sitesOn : [...settings.sitesOn, host],
    // Every entry that would still switch this host off has to go.
    sitesOff: settings.sitesOff.filter((entry) => !siteEntryCovers(entry, host)),
  };
}

/** The site lists after the rep turns Maxim off for a hostname. */
export function withSiteOff(
  settings: Pick<Settings, 'sitesOn' | 'sitesOff'>,
  hostname: string,
): Pick<Settings, 'sitesOn' | 'sitesOff'> {
  const host = normalizeHostname(hostname);
  if (host === null) return { sitesOn: settings.sitesOn, sitesOff: settings.sitesOff };
  return {
    sitesOn: settings.sitesOn.filter((entry) => entry !== host),
    sitesOff: settings.sitesOff.includes(host) ? settings.sitesOff : [...settings.sitesOff, host],
  };
}
