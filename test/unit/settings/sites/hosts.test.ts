/** Hostnames, page URLs and match patterns: reading them and matching a hostname against them. */
import { describe, expect, it } from 'vitest';
import {
  hostMatchesPattern,
  hostOfPattern,
  matchPatternCovers,
  normalizeHostname,
  parseMatchPattern,
  siteEntryCovers,
  webUrl,
} from '../../../../src/settings/sites';

describe('hostnames', () => {
  it('matches wildcard patterns against the bare domain too, like manifest patterns', () => {
    expect(hostMatchesPattern('salesforce.com', '*.salesforce.com')).toBe(true);
    expect(hostMatchesPattern('mail.google.com', 'google.com')).toBe(false);
  });

  it('normalises what a rep types or a tab URL into a hostname', () => {
    expect(normalizeHostname('  https://App.Example.com:8443/path?q=1 ')).toBe('app.example.com');
    expect(normalizeHostname('Example.COM.')).toBe('example.com');
    expect(normalizeHostname('')).toBeNull();
    expect(normalizeHostname('not a host')).toBeNull();
  });

  it('lets a site entry cover its subdomains, but not look-alikes', () => {
    expect(siteEntryCovers('example.com', 'example.com')).toBe(true);
    expect(siteEntryCovers('example.com', 'app.example.com')).toBe(true);
    expect(siteEntryCovers('*.example.com', 'app.example.com')).toBe(true);
    expect(siteEntryCovers('example.com', 'notexample.com')).toBe(false);
  });

  it('takes http and https pages only', () => {
    expect(webUrl('https://mail.google.com/mail/u/0/')?.hostname).toBe('mail.google.com');
    expect(webUrl('http://localhost:8080/')?.hostname).toBe('localhost');
    for (const url of [
      'chrome://extensions/',
      'about:blank',
      'file:///tmp/a.html',
      'not a url',
      '',
      undefined,
    ])
      expect(webUrl(url)).toBeNull();
  });
});

describe('match patterns', () => {
  it('reads the scheme, host and path of a web pattern', () => {
    expect(parseMatchPattern('https://*.salesforce.com/*')).toEqual({
      scheme: 'https',
      host: '*.salesforce.com',
      path: '/*',
    });
    expect(parseMatchPattern('http://localhost/*')).toEqual({
      scheme: 'http',
      host: 'localhost',
      path: '/*',
    });
    expect(parseMatchPattern('*://*/*')).toEqual({ scheme: '*', host: '*', path: '/*' });
  });

  it('reads no other pattern', () => {
    for (const pattern of [
      '<all_urls>',
      'file:///*',
      'ftp://example.com/*',
      'https://example.com',
      '',
    ])
      expect(parseMatchPattern(pattern)).toBeNull();
  });

  it("covers a page by the pattern's scheme and host", () => {
    const page = new URL('https://app.shop.example.test/orders');
    expect(matchPatternCovers('https://*.shop.example.test/*', page)).toBe(true);
    expect(matchPatternCovers('*://app.shop.example.test/*', page)).toBe(true);
    expect(matchPatternCovers('https://*/*', page)).toBe(true);
    expect(matchPatternCovers('http://*.shop.example.test/*', page)).toBe(false);
    expect(matchPatternCovers('https://other.example.test/*', page)).toBe(false);
    expect(matchPatternCovers('<all_urls>', page)).toBe(false);
  });

  it('names the site a pattern was granted for, or none for every host', () => {
    expect(hostOfPattern('https://*.Shop.Example.test/*')).toBe('shop.example.test');
    expect(hostOfPattern('http://localhost/*')).toBe('localhost');
    expect(hostOfPattern('https://*/*')).toBeNull();
    expect(hostOfPattern('<all_urls>')).toBeNull();
  });
});
