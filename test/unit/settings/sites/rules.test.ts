/** Which sites Maxim runs on, and the rep's site lists after a toggle. */
import { describe, expect, it } from 'vitest';
import {
  isSiteEnabled,
  siteListsAfter,
  siteStatus,
  subdomainsTurnedOff,
  turnedOnHosts,
  withSiteOff,
  withSiteOn,
  type SiteSettings,
} from '../../../../src/settings/sites';

const base: SiteSettings = { enabled: true, siteMode: 'known', sitesOn: [], sitesOff: [] };

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
});

describe('siteListsAfter', () => {
  it('turns a known host on by removing it from sitesOff only', () => {
    expect(
      siteListsAfter({ sitesOn: [], sitesOff: ['mail.google.com'] }, 'mail.google.com', true),
    ).toEqual({ sitesOn: [], sitesOff: [] });
  });

  it('turns another site on by adding it to sitesOn and off by moving it to sitesOff', () => {
    const on = siteListsAfter(
      { sitesOn: [], sitesOff: ['shop.example.test'] },
      'shop.example.test',
      true,
    );
    expect(on).toEqual({ sitesOn: ['shop.example.test'], sitesOff: [] });
    expect(siteListsAfter(on, 'shop.example.test', false)).toEqual({
      sitesOn: [],
      sitesOff: ['shop.example.test'],
    });
  });
});

describe('sites that need a registration of their own', () => {
  it('are the sites turned on by the rep or the policy, once each, but not known hosts or sites turned off', () => {
    const settings: SiteSettings = {
      ...base,
      enabled: false,
      sitesOn: ['shop.example.test', 'mail.google.com', 'old.example.org', 'crm.acme.test'],
      sitesOff: ['example.org'],
      sitesLockedOn: ['crm.acme.test', 'intranet.acme.test'],
    };
    expect(turnedOnHosts(settings)).toEqual([
      'shop.example.test',
      'crm.acme.test',
      'intranet.acme.test',
    ]);
  });

  it('leave out the subdomains turned off under a site', () => {
    const sitesOff = ['news.example.test', 'example.test', 'otherexample.test', 'a.b.example.test'];
    expect(subdomainsTurnedOff({ sitesOff }, 'example.test')).toEqual([
      'news.example.test',
      'a.b.example.test',
    ]);
  });
});
