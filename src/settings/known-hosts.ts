/**
 * The known email and CRM hosts where Maxim runs by default. The single list behind the manifest's
 * content-script matches and host permissions (vite.config.ts imports it) and the site checks.
 * This file imports nothing, so the build config can load it on its own.
 */

/** One known product and the hosts it is served from; `*.` means the domain and its subdomains. */
export interface KnownSite {
  name: string;
  hosts: readonly string[];
}

/** Every known email and CRM product with its hosts. */
export const KNOWN_SITES: readonly KnownSite[] = [
  { name: 'Gmail', hosts: ['mail.google.com'] },
  {
    name: 'Outlook on the web',
    hosts: ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'],
  },
  {
    name: 'Salesforce',
    hosts: ['*.salesforce.com', '*.lightning.force.com', '*.my.salesforce.com'],
  },
  { name: 'HubSpot', hosts: ['app.hubspot.com', 'app-eu1.hubspot.com'] },
  { name: 'Pipedrive', hosts: ['*.pipedrive.com'] },
  { name: 'Zendesk', hosts: ['*.zendesk.com'] },
  { name: 'Freshdesk', hosts: ['*.freshdesk.com'] },
  { name: 'LinkedIn messaging', hosts: ['www.linkedin.com'] },
];

/** The known host patterns: exact hostnames, or `*.domain` for a domain and its subdomains. */
export const KNOWN_HOSTNAMES: readonly string[] = KNOWN_SITES.flatMap((site) => site.hosts);

/** Manifest match patterns for the known hosts, e.g. `https://*.salesforce.com/*`. */
export const KNOWN_HOST_MATCHES: string[] = [...new Set(KNOWN_HOSTNAMES)].map(
  (host) => `https://${host}/*`,
);

/** Lower-cases a hostname and drops a trailing dot, so `Mail.Google.com.` compares equal. */
function canonicalHost(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.$/, '');
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

/** The known product a hostname belongs to, if any (e.g. `Gmail` for mail.google.com). */
export function knownSiteFor(hostname: string): KnownSite | undefined {
  return KNOWN_SITES.find((site) => site.hosts.some((host) => hostMatchesPattern(hostname, host)));
}

/** Whether a hostname is one of the known email and CRM hosts. */
export function isKnownHost(hostname: string): boolean {
  return knownSiteFor(hostname) !== undefined;
}
