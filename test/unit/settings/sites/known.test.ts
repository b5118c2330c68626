/** The known email and CRM sites, their hosts and their kind. */
import { describe, expect, it } from 'vitest';
import {
  KNOWN_HOST_MATCHES,
  KNOWN_HOSTNAMES,
  KNOWN_SITES,
  isKnownHost,
  knownSiteFor,
} from '../../../../src/settings/sites';

describe('known hosts', () => {
  it('recognises every known product and its subdomains', () => {
    expect(isKnownHost('mail.google.com')).toBe(true);
    expect(isKnownHost('outlook.office365.com')).toBe(true);
    expect(isKnownHost('acme.lightning.force.com')).toBe(true);
    expect(isKnownHost('acme.my.salesforce.com')).toBe(true);
    expect(isKnownHost('app-eu1.hubspot.com')).toBe(true);
    expect(isKnownHost('acme.pipedrive.com')).toBe(true);
    expect(isKnownHost('support.zendesk.com')).toBe(true);
    expect(isKnownHost('acme.freshdesk.com')).toBe(true);
    expect(isKnownHost('WWW.LinkedIn.com.')).toBe(true);
    expect(knownSiteFor('acme.my.salesforce.com')?.name).toBe('Salesforce');
  });

  it('does not match look-alikes or other hosts of the same company', () => {
    expect(isKnownHost('google.com')).toBe(false);
    expect(isKnownHost('docs.google.com')).toBe(false);
    expect(isKnownHost('evilsalesforce.com')).toBe(false);
    expect(isKnownHost('mail.google.com.evil.example')).toBe(false);
    expect(isKnownHost('hubspot.com')).toBe(false);
  });

  it('gives one https match pattern per host pattern', () => {
    expect(KNOWN_HOST_MATCHES).toContain('https://mail.google.com/*');
    expect(KNOWN_HOST_MATCHES).toContain('https://*.salesforce.com/*');
    expect(KNOWN_HOST_MATCHES).toHaveLength(new Set(KNOWN_HOSTNAMES).size);
    for (const match of KNOWN_HOST_MATCHES)
      expect(match).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
  });

  it('says of each known product whether its fields are emails or CRM messages', () => {
    const kinds = Object.fromEntries(KNOWN_SITES.map((site) => [site.name, site.kind]));
    expect(kinds).toEqual({
      Gmail: 'email',
      'Outlook on the web': 'email',
      Salesforce: 'crm',
      HubSpot: 'crm',
      Pipedrive: 'crm',
      Zendesk: 'crm',
      Freshdesk: 'crm',
      'LinkedIn messaging': 'email',
    });
    expect(knownSiteFor('acme.zendesk.com')?.kind).toBe('crm');
  });
});
