import { describe, expect, it } from 'vitest';
import {
  KNOWN_HOST_MATCHES,
  KNOWN_HOSTNAMES,
  hostMatchesPattern,
  isKnownHost,
  knownSiteFor,
} from '../../../src/settings/known-hosts';
import {
  isSiteEnabled,
  normalizeHostname,
  siteStatus,
  withSiteOff,
  withSiteOn,
  type SiteSettings,
} from '../../../src/settings/sites';

const base: SiteSettings = { enabled: true, siteMode: 'known', sitesOn: [], sitesOff: [] };

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

  it('matches wildcard patterns against the bare domain too, like manifest patterns', () => {
    expect(hostMatchesPattern('salesforce.com', '*.salesforce.com')).toBe(true);
    expect(hostMatchesPattern('mail.google.com', 'google.com')).toBe(false);
  });
});

describe('isSiteEnabled', () => {
  it('runs on known hosts by default and nowhere else', () => {
    expect(isSiteEnabled(base, 'mail.google.com')).toBe(true);
    expect(isSiteEnabled(base, 'example.com')).toBe(false);
    expect(siteStatus(base, 'acme.zendesk.com').reason).toBe('known-host');
  });

  it('runs on sites the rep turned on, including their subdomains', () => {
    const settings = { ...base, sitesOn: ['example.com'] };
    expect(isSiteEnabled(settings, 'example.com')).toBe(true);
    expect(isSiteEnabled(settings, 'crm.example.com')).toBe(true);
    expect(isSiteEnabled(settings, 'notexample.com')).toBe(false);
  });

  it('lets sitesOff win over known hosts, sitesOn and everywhere mode', () => {
    const settings: SiteSettings = {
      ...base,
      siteMode: 'everywhere',
      sitesOn: ['mail.google.com'],
      sitesOff: ['mail.google.com'],
    };
    expect(siteStatus(settings, 'mail.google.com')).toEqual({
      enabled: false,
      reason: 'turned-off-here',
    });
    expect(isSiteEnabled(settings, 'example.org')).toBe(true);
  });

  it('runs everywhere in everywhere mode', () => {
    expect(siteStatus({ ...base, siteMode: 'everywhere' }, 'intranet.local').reason).toBe(
      'everywhere',
    );
  });

  it('is off everywhere when Maxim is off, even on known hosts', () => {
    expect(siteStatus({ ...base, enabled: false }, 'mail.google.com').reason).toBe(
      'disabled-everywhere',
    );
  });

  it("keeps sites forced on by policy on, even against the rep's sitesOff", () => {
    const settings = { ...base, sitesOff: ['acme.com'], sitesLockedOn: ['crm.acme.com'] };
    expect(siteStatus(settings, 'crm.acme.com').reason).toBe('locked-on-by-policy');
    expect(isSiteEnabled(settings, 'www.acme.com')).toBe(false);
  });

  it('takes a custom known-host list', () => {
    expect(isSiteEnabled(base, 'crm.internal', ['crm.internal'])).toBe(true);
    expect(isSiteEnabled(base, 'mail.google.com', ['crm.internal'])).toBe(false);
  });

  it('is off for an empty hostname', () => {
    expect(isSiteEnabled({ ...base, siteMode: 'everywhere' }, '')).toBe(false);
  });
});

describe('site toggles', () => {
  it('turning a site on removes every entry that would keep it off', () => {
    const next = withSiteOn(
      { sitesOn: [], sitesOff: ['example.com', 'other.org'] },
      'app.example.com',
    );
    expect(next).toEqual({ sitesOn: ['app.example.com'], sitesOff: ['other.org'] });
    expect(isSiteEnabled({ ...base, ...next }, 'app.example.com')).toBe(true);
  });

  it('turning a site off removes it from sitesOn and adds it once to sitesOff', () => {
    const once = withSiteOff(
      { sitesOn: ['example.com'], sitesOff: [] },
      'https://Example.com/inbox',
    );
    expect(once).toEqual({ sitesOn: [], sitesOff: ['example.com'] });
    expect(withSiteOff(once, 'example.com')).toEqual(once);
  });

  it('normalises what a rep types or a tab URL into a hostname', () => {
    expect(normalizeHostname('  https://App.Example.com:8443/path?q=1 ')).toBe('app.example.com');
    expect(normalizeHostname('Example.COM.')).toBe('example.com');
    expect(normalizeHostname('')).toBeNull();
    expect(normalizeHostname('not a host')).toBeNull();
  });
});
