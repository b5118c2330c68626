/**
 * Hostnames, page URLs and match patterns: how what a rep types, a tab's URL or a permission
 * pattern becomes a hostname, and how a hostname matches a host pattern or a site entry.
 */

/** Schemes Maxim can work on. */
const WEB_PROTOCOLS = new Set(['https:', 'http:']);

/** A web match pattern's parts: `https://*.example.com/*` is https, `*.example.com` and `/*`. */
export interface MatchPattern {
  /** `*` stands for https and http. */
  scheme: '*' | 'https' | 'http';
  /** A hostname, `*.domain` for a domain and its subdomains, or `*` for every host. */
  host: string;
  path: string;
}

/** Lower-cases a hostname and drops a trailing dot, so `Mail.Google.com.` compares equal. */
function canonicalHost(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.$/, '');
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
 * Whether a hostname matches a host pattern: `*.example.com` matches example.com and every
 * subdomain (as manifest match patterns do); any other pattern matches that exact hostname.
 */
export function hostMatchesPattern(hostname: string, pattern: string): boolean {
  const host = canonicalHost(hostname);
  const wanted = canonicalHost(pattern);
  if (!wanted.startsWith('*.')) return host === wanted;
  const domain = wanted.slice(2);
  return host === domain || host.endsWith(`.${domain}`);
}

/**
 * Whether a site entry covers a hostname: the entry itself and its subdomains, so turning off
 * `example.com` also turns off `app.example.com`.
 */
export function siteEntryCovers(entry: string, hostname: string): boolean {
  return hostMatchesPattern(hostname, entry.startsWith('*.') ? entry : `*.${entry}`);
}

/** The parts of a web match pattern, or null for any other pattern (`<all_urls>`, `file:///*`). */
export function parseMatchPattern(pattern: string): MatchPattern | null {
  const match = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!match) return null;
  const [, scheme = '', host = '', path = ''] = match;
  return { scheme: scheme as MatchPattern['scheme'], host, path };
}

/**
 * Whether a match pattern covers a page's scheme and host. Paths are not compared: the patterns
 * Maxim asks for and registers all cover every path.
 */
export function matchPatternCovers(pattern: string, page: URL): boolean {
  const parsed = parseMatchPattern(pattern);
  if (!parsed) return false;
  if (parsed.scheme !== '*' && `${parsed.scheme}:` !== page.protocol) return false;
  return parsed.host === '*' || hostMatchesPattern(page.hostname, parsed.host);
}

/** The hostname a site pattern names (`https://*.shop.example.com/*`), or null for every host. */
export function hostOfPattern(pattern: string): string | null {
  const host = parseMatchPattern(pattern)?.host;
  if (!host || host === '*') return null;
  return normalizeHostname(host.replace(/^\*\./, ''));
}
