/**
 * The known email and CRM sites where Maxim runs by default. The single list behind the
 * manifest's content-script matches and host permissions (vite.config.ts imports it) and the site
 * checks. This file imports nothing, so the build config can load it on its own.
 */

/** What a known product is for: its fields are emails, or CRM and helpdesk messages. */
export type SiteKind = 'email' | 'crm';

/** One known product and the hosts it is served from; `*.` means the domain and its subdomains. */
export interface KnownSite {
  name: string;
  kind: SiteKind;
  hosts: readonly string[];
}

/** Every known email and CRM product with its hosts. */
export const KNOWN_SITES: readonly KnownSite[] = [
  { name: 'Gmail', kind: 'email', hosts: ['mail.google.com'] },
  {
    name: 'Outlook on the web',
    kind: 'email',
    hosts: ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'],
  },
  {
    name: 'Salesforce',
    kind: 'crm',
    hosts: ['*.salesforce.com', '*.lightning.force.com', '*.my.salesforce.com'],
  },
  { name: 'HubSpot', kind: 'crm', hosts: ['app.hubspot.com', 'app-eu1.hubspot.com'] },
  { name: 'Pipedrive', kind: 'crm', hosts: ['*.pipedrive.com'] },
  { name: 'Zendesk', kind: 'crm', hosts: ['*.zendesk.com'] },
  { name: 'Freshdesk', kind: 'crm', hosts: ['*.freshdesk.com'] },
  { name: 'LinkedIn messaging', kind: 'email', hosts: ['www.linkedin.com'] },
];

/** The known host patterns: exact hostnames, or `*.domain` for a domain and its subdomains. */
export const KNOWN_HOSTNAMES: readonly string[] = KNOWN_SITES.flatMap((site) => site.hosts);

/** Manifest match patterns for the known hosts, e.g. `https://*.salesforce.com/*`. */
export const KNOWN_HOST_MATCHES: string[] = [...new Set(KNOWN_HOSTNAMES)].map(
  (host) => `https://${host}/*`,
);
