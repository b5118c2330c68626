/** Smoke test of the built Chrome extension in Debian's Chromium. */
import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID } from '../../vite.config';
import { CONTENT_SCRIPT_FILE } from '../../src/background/files';
import { builtFiles, reachableFromPage } from './support/built-files';
import { CHROME_BUILD, DEMO_HOSTS, useChromium } from './support/harness';
import { badgeVisibleOn, eventually } from './support/scenarios';

const session = useChromium();

describe('Maxim in Chromium', () => {
  it('loads the extension with the version from package.json', async () => {
    const version = await session.worker.evaluate(
      () =>
        (
          globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }
        ).chrome.runtime.getManifest().version,
    );
    const pkg = await import('../../package.json', { with: { type: 'json' } });
    expect(version).toBe(pkg.default.version);
    expect(session.extensionId).toBe(CHROME_EXTENSION_ID);
  });

  it('renders the popup', async () => {
    const page = await session.openExtensionPage('src/popup/index.html');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Maxim');
    await page.close();
  });

  it('renders the options page', async () => {
    const page = await session.openExtensionPage('src/options/index.html');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Maxim settings');
    await page.close();
  });

  it.each([
    ['email compose body (contenteditable)', DEMO_HOSTS.email, '/demo/email.html', '#body'],
    ['CRM notes (textarea)', DEMO_HOSTS.crm, '/demo/crm.html', '#notes'],
    ['CRM activity log (contenteditable)', DEMO_HOSTS.crm, '/demo/crm.html', '#log'],
  ])('shows the badge on the %s', async (_name, host, path, selector) => {
    const page = await session.context.newPage();
    await page.goto(session.server.url(host, path));
    expect(await badgeVisibleOn(page, selector)).toBe(false);
    await page.click(selector);
    expect(await eventually(() => badgeVisibleOn(page, selector))).toBe(true);
    await page.close();
  });

  it('leaves email-address fields alone', async () => {
    const page = await session.context.newPage();
    await page.goto(session.server.url(DEMO_HOSTS.email, '/demo/email.html'));
    await page.click('#body');
    expect(await eventually(() => badgeVisibleOn(page, '#body'))).toBe(true);
    await page.click('#to');
    expect(await eventually(async () => !(await badgeVisibleOn(page, '#body')))).toBe(true);
    expect(await badgeVisibleOn(page, '#to')).toBe(false);
    await page.close();
  });

  it('does not run on a site that is not turned on', async () => {
    const page = await session.context.newPage();
    await page.goto(session.server.url(DEMO_HOSTS.other, '/demo/crm.html'));
    await page.click('#notes');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.querySelector('maxim-ui'))).toBeNull();
    await page.close();
  });

  it('gives a page no way to load or detect any of its files', async () => {
    const page = await session.context.newPage();
    // The probe provokes errors on purpose: the page's own HTML run as a script, refused loads.
    session.ignoreErrorsOn(page);
    await page.goto(session.server.url(DEMO_HOSTS.crm, '/demo/crm.html'));
    await page.click('#notes');
    expect(await eventually(() => badgeVisibleOn(page, '#notes'))).toBe(true);
    const own = session.server.url(DEMO_HOSTS.crm, '/demo/crm.html');
    const urls = builtFiles(CHROME_BUILD).map(
      (file) => `chrome-extension://${session.extensionId}/${file}`,
    );
    expect(urls).toContain(`chrome-extension://${session.extensionId}/${CONTENT_SCRIPT_FILE}`);
    // The page's own file is the control: the probe does reach what a page may reach.
    expect(await page.evaluate(reachableFromPage, [own, ...urls])).toEqual([own]);
    await page.close();
  });

  it('made no network request and logged no page error', () => {
    expect(session.requests.seen.length).toBeGreaterThan(0);
    expect(session.requests.offMachine(session.server.port)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
