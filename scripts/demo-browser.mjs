// The demo browser of `npm start` and `npm run dev`: Debian's Chromium (or Firefox ESR) with one
// build of Maxim loaded and the demo hosts mapped to the local demo server.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { browserPath } from './browsers.mjs';
import { chromiumHostArgs, DEMO_HOSTS, firefoxHostPrefs } from './serve.mjs';

/** The demo pages, the field to put the caret in on each, and a draft to type there. */
export function demoPages(server) {
  return [
    { name: 'email', url: server.url(DEMO_HOSTS.email, '/demo/email.html'), field: '#body', text: ' Unfortunately your delivery is delayed by two weeks because of problems at our supplier.' },
    { name: 'crm', url: server.url(DEMO_HOSTS.crm, '/demo/crm.html'), field: '#notes', text: 'Customer shouted at our support colleague and threatened to cancel unless we give a special discount.' },
  ];
}

/** Chromium with the unpacked extension in `extensionDir` (playwright-core's persistent context). */
export function launchDemoChromium(extensionDir, { headless = false } = {}) {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'maxim-demo-')), {
    executablePath: browserPath('chromium'),
    headless: false, // `--headless=new` below: the old headless mode cannot load extensions.
    ignoreHTTPSErrors: true,
    viewport: headless ? { width: 1280, height: 800 } : null,
    args: [
      ...(headless ? ['--headless=new'] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...chromiumHostArgs(),
    ],
  });
}

/** Firefox ESR with the extension in `extensionDir` installed as a temporary add-on (puppeteer-core). */
export async function launchDemoFirefox(extensionDir, { headless = false } = {}) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath('firefox'),
    headless,
    acceptInsecureCerts: true,
    defaultViewport: null,
    extraPrefsFirefox: firefoxHostPrefs(),
  });
  await browser.installExtension(extensionDir);
  return browser;
}
