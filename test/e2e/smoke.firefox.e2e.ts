/** Smoke test of the built Firefox extension in Debian's Firefox ESR. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtFiles, reachableFromPage } from './support/built-files';
import { FIREFOX_BUILD, launchFirefox, type FirefoxSession } from './support/firefox';
import { DEMO_HOSTS, startServer } from './support/server';
import { badgeVisibleOn, eventually } from './support/scenarios';

let session: FirefoxSession;
let server: Awaited<ReturnType<typeof startServer>>;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startServer();
  session = await launchFirefox();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Maxim in Firefox', () => {
  it('renders the popup', async () => {
    const page = await session.openExtensionPage('src/popup/index.html');
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.waitForSelector('h1');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Maxim');
    await page.close();
  });

  it('renders the options page', async () => {
    const page = await session.openExtensionPage('src/options/index.html');
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.waitForSelector('h1');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Maxim settings');
    await page.close();
  });

  it.each([
    ['email compose body (contenteditable)', DEMO_HOSTS.email, '/demo/email.html', '#body'],
    ['CRM notes (textarea)', DEMO_HOSTS.crm, '/demo/crm.html', '#notes'],
  ])('shows the badge on the %s', async (_name, host, path, selector) => {
    const page = await session.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(server.url(host, path));
    await page.click(selector);
    expect(await eventually(() => badgeVisibleOn(page, selector))).toBe(true);
    await page.close();
  });

  it('gives a page no way to load or detect any of its files', async () => {
    const page = await session.newPage();
    await page.goto(server.url(DEMO_HOSTS.crm, '/demo/crm.html'));
    await page.click('#notes');
    expect(await eventually(() => badgeVisibleOn(page, '#notes'))).toBe(true);
    const own = server.url(DEMO_HOSTS.crm, '/demo/crm.html');
    // Firefox gives each install a random UUID; the test fixes it, so a page is handed the URL
    // it could otherwise only guess.
    const urls = builtFiles(FIREFOX_BUILD).map((file) => session.extensionUrl(file));
    expect(await page.evaluate(reachableFromPage, [own, ...urls])).toEqual([own]);
    await page.close();
  });

  it('made no network request and logged no page error', () => {
    expect(session.requests.seen.length).toBeGreaterThan(0);
    expect(session.requests.offMachine(server.port)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
