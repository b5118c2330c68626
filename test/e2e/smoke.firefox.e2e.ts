/** Smoke test of the built Firefox extension in Debian's Firefox ESR. */
import { describe, expect, it } from 'vitest';
import { builtFiles, reachableFromPage } from './support/built-files';
import { DEMO_HOSTS, FIREFOX_BUILD, useFirefox } from './support/harness';
import { badgeVisibleOn, eventually } from './support/scenarios';

const session = useFirefox();

describe('Maxim in Firefox', () => {
  it('renders the popup', async () => {
    const page = await session.openExtensionPage('src/popup/index.html');
    await page.waitForSelector('h1');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Maxim');
    await page.close();
  });

  it('renders the options page', async () => {
    const page = await session.openExtensionPage('src/options/index.html');
    await page.waitForSelector('h1');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Maxim settings');
    await page.close();
  });

  it.each([
    ['email compose body (contenteditable)', DEMO_HOSTS.email, '/demo/email.html', '#body'],
    ['CRM notes (textarea)', DEMO_HOSTS.crm, '/demo/crm.html', '#notes'],
  ])('shows the badge on the %s', async (_name, host, path, selector) => {
    const page = await session.newPage();
    await page.goto(session.server.url(host, path));
    await page.click(selector);
    expect(await eventually(() => badgeVisibleOn(page, selector))).toBe(true);
    await page.close();
  });

  it('gives a page no way to load or detect any of its files', async () => {
    const page = await session.newPage();
    // The probe provokes errors on purpose: the page's own HTML run as a script, refused loads.
    session.ignoreErrorsOn(page);
    await page.goto(session.server.url(DEMO_HOSTS.crm, '/demo/crm.html'));
    await page.click('#notes');
    expect(await eventually(() => badgeVisibleOn(page, '#notes'))).toBe(true);
    const own = session.server.url(DEMO_HOSTS.crm, '/demo/crm.html');
    // Firefox gives each install a random UUID; the test fixes it, so a page is handed the URL
    // it could otherwise only guess.
    const urls = builtFiles(FIREFOX_BUILD).map((file) => session.extensionUrl(file));
    expect(await page.evaluate(reachableFromPage, [own, ...urls])).toEqual([own]);
    await page.close();
  });

  it('made no network request and logged no page error', () => {
    expect(session.requests.seen.length).toBeGreaterThan(0);
    expect(session.requests.offMachine(session.server.port)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
