/** Launches Debian's Firefox ESR with the built extension (puppeteer-core over WebDriver BiDi). */
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { browserPath } from '../../../scripts/browsers.mjs';
import { firefoxHostPrefs } from '../../../scripts/serve.mjs';
import { RequestLog } from './requests';

export const FIREFOX_BUILD = resolve(import.meta.dirname, '../../../dist/firefox');
/** The add-on id from the Firefox manifest, and a fixed internal UUID so tests can open its pages. */
const ADDON_ID = 'maxim@maxim-extension.org';
const ADDON_UUID = '6d1f6b5e-4f1a-4c55-9a43-3a7c1a7e0b01';

/** Polls until the check holds; throws after about ten seconds. */
async function waitFor(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('timed out waiting for an extension page to load');
}

/** A running Firefox with Maxim installed. */
export interface FirefoxSession {
  browser: Browser;
  requests: RequestLog;
  /** Opens a page and records its requests. */
  newPage(): Promise<Page>;
  /** The moz-extension:// URL of one of Maxim's files. */
  extensionUrl(path: string): string;
  /** Opens one of Maxim's pages (e.g. `src/popup/index.html`) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Launches Firefox headless, installs dist/firefox, maps the demo hosts to this machine; `prefs` adds preferences. */
export async function launchFirefox(options: { prefs?: Record<string, unknown> } = {}): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath('firefox'),
    headless: true,
    acceptInsecureCerts: true,
    // Firefox 153+ lets WebDriver open moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...firefoxHostPrefs(),
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      ...options.prefs,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  const requests = new RequestLog();
  const newPage = async () => {
    const page = await browser.newPage();
    page.on('request', (request) => requests.add(request.url(), request.frame()?.url() ?? ''));
    return page;
  };
  return {
    browser,
    requests,
    newPage,
    extensionUrl: (path) => `moz-extension://${ADDON_UUID}/${path}`,
    async openExtensionPage(path) {
      const page = await newPage();
      const url = `moz-extension://${ADDON_UUID}/${path}`;
      // Firefox loads extension pages but never reports the navigation as finished over BiDi
      // (see mozilla/firefox-devtools-mcp#87), so wait for the document instead of for goto().
      page.goto(url, { timeout: 0 }).catch(() => undefined);
      await waitFor(async () => (await page.evaluate(() => `${location.href}|${document.readyState}`).catch(() => '')) === `${url}|complete`);
      return page;
    },
    close: () => browser.close(),
  };
}
