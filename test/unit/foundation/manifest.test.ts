import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../../vite.config';
import { KNOWN_HOST_MATCHES } from '../../../src/settings/sites';

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

describe('manifestFor', () => {
  const chrome = manifestFor('chrome');
  const firefox = manifestFor('firefox');

  it('takes the version from package.json for both browsers', () => {
    expect(chrome.version).toBe(pkg.version);
    expect(firefox.version).toBe(pkg.version);
    expect(chrome.manifest_version).toBe(3);
    expect(firefox.manifest_version).toBe(3);
  });

  it('uses a service worker in Chrome and background scripts with a gecko id in Firefox', () => {
    expect(chrome.background).toEqual({ service_worker: 'src/background/index.ts' });
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(firefox.background).toEqual({ scripts: ['src/background/index.ts'] });
    expect(firefox.browser_specific_settings).toMatchObject({
      gecko: { id: expect.stringContaining('@') },
    });
  });

  it('asks for the known hosts only; every other site is optional', () => {
    for (const m of [chrome, firefox]) {
      const text = JSON.stringify(m);
      expect(text).not.toContain('<all_urls>');
      expect(m.host_permissions).toEqual(KNOWN_HOST_MATCHES);
      const [script] = m.content_scripts as {
        matches: string[];
        all_frames: boolean;
        match_about_blank: boolean;
      }[];
      expect(script?.matches).toEqual(KNOWN_HOST_MATCHES);
      // The top frame only: the bootstrap starts itself in the frames once focus moves into one.
      expect(script?.all_frames).toBe(false);
      expect(script?.match_about_blank).toBe(true);
      // alarms: the end of a pause (src/background/pause-end.ts); it shows no permission warning.
      expect(m.permissions).toEqual(['storage', 'scripting', 'activeTab', 'alarms']);
      expect(m.web_accessible_resources).toBeUndefined();
    }
  });

  it('lists Gmail, Outlook, Salesforce, HubSpot, Pipedrive, Zendesk, Freshdesk and LinkedIn', () => {
    const hosts = KNOWN_HOST_MATCHES.join(' ');
    for (const host of [
      'mail.google.com',
      'outlook.office.com',
      'salesforce.com',
      'hubspot.com',
      'pipedrive.com',
      'zendesk.com',
      'freshdesk.com',
      'linkedin.com',
    ]) {
      expect(hosts).toContain(host);
    }
  });

  it('allows the extension pages no network connection', () => {
    const csp = (chrome.content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:/);
  });
});
