/** Which permissions a site needs, and a page's site state. */
import { describe, expect, it } from 'vitest';
import {
  pagePermissionPattern,
  sitePermissionPatterns,
  siteStateFrom,
  type SiteSettings,
} from '../../../../src/settings/sites';

const settings: SiteSettings = { enabled: true, siteMode: 'known', sitesOn: [], sitesOff: [] };

describe('sitePermissionPatterns', () => {
  it('asks for a site and its subdomains over both schemes', () => {
    expect(sitePermissionPatterns('Shop.Example.test')).toEqual([
      'https://*.shop.example.test/*',
      'http://*.shop.example.test/*',
    ]);
  });

  it('asks for a bare host or an IP address as it is', () => {
    expect(sitePermissionPatterns('localhost')).toEqual([
      'https://localhost/*',
      'http://localhost/*',
    ]);
    expect(sitePermissionPatterns('192.168.1.20')).toEqual([
      'https://192.168.1.20/*',
      'http://192.168.1.20/*',
    ]);
  });

  it("asks for a known host's manifest patterns only", () => {
    expect(sitePermissionPatterns('mail.google.com')).toEqual(['https://mail.google.com/*']);
    expect(sitePermissionPatterns('demo.my.salesforce.com')).toEqual([
      'https://*.salesforce.com/*',
      'https://*.my.salesforce.com/*',
    ]);
  });

  it('asks for nothing when the text is not a host', () => {
    expect(sitePermissionPatterns('not a host')).toEqual([]);
  });

  it('checks a page by its own scheme and host', () => {
    expect(pagePermissionPattern(new URL('http://shop.example.test:8080/a?b'))).toBe(
      'http://shop.example.test/*',
    );
  });
});

describe('siteStateFrom', () => {
  it.each([
    'chrome://extensions/',
    'about:blank',
    'moz-extension://x/popup.html',
    'file:///tmp/a.html',
    undefined,
  ])('marks %s as not a web page', (url) => {
    expect(siteStateFrom(url, settings, true)).toMatchObject({
      available: false,
      enabled: false,
      reason: 'not-a-web-page',
    });
  });

  it('is on only when the settings say so and the permission is there', () => {
    const on = { ...settings, sitesOn: ['shop.example.test'] };
    expect(siteStateFrom('https://shop.example.test/a', on, true)).toMatchObject({
      enabled: true,
      permitted: true,
      reason: 'turned-on-here',
    });
    expect(siteStateFrom('https://shop.example.test/a', on, false)).toMatchObject({
      enabled: false,
      permitted: false,
      reason: 'turned-on-here',
    });
  });

  it('reports a site the policy keeps on as locked, even while Maxim is paused', () => {
    const locked = { ...settings, enabled: false, sitesLockedOn: ['shop.example.test'] };
    expect(siteStateFrom('https://shop.example.test/', locked, true)).toMatchObject({
      lockedOn: true,
      enabled: false,
    });
  });
});
