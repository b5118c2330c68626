/** The writing context a page's hostname implies. */
import { describe, expect, it } from 'vitest';
import { writingContext } from '../../../content/context';
import { KNOWN_SITES } from '../../../src/settings';

describe('writingContext', () => {
  it('is email on mail hosts and crm on CRM and helpdesk hosts', () => {
    expect(writingContext('mail.google.com')).toBe('email');
    expect(writingContext('outlook.live.com')).toBe('email');
    expect(writingContext('www.linkedin.com')).toBe('email');
    expect(writingContext('acme.my.salesforce.com')).toBe('crm');
    expect(writingContext('app.hubspot.com')).toBe('crm');
    expect(writingContext('support.zendesk.com')).toBe('crm');
  });

  it("is each known site's kind", () => {
    for (const site of KNOWN_SITES)
      for (const host of site.hosts)
        expect(writingContext(host.replace(/^\*\./, 'acme.'))).toBe(site.kind);
  });

  it('is any on other sites', () => {
    expect(writingContext('shop.example.test')).toBe('any');
    expect(writingContext('')).toBe('any');
  });
});
