// Launches Debian's Chromium or Firefox ESR with one build of Maxim and the demo hosts mapped to the
// local demo server (scripts/serve.mjs). The one launcher of `npm start`, `npm run dev` and the e2e
// tests: Chromium's flags and Firefox's preferences are written here and nowhere else.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { browserPath } from './browsers.mjs';
import { chromiumHostArgs, DEMO_HOSTS, firefoxHostPrefs } from './serve.mjs';

/** The internal UUID Firefox gives Maxim's add-on, fixed so its pages have known moz-extension:// URLs. */
export const FIREFOX_ADDON_UUID = '6d1f6b5e-4f1a-4c55-9a43-3a7c1a7e0b01';

/** The window size of a headless browser; a browser with a window keeps the window's own size. */
const HEADLESS_VIEWPORT = { width: 1280, height: 800 };

/** The demo pages, the field to put the caret in on each, and a draft to type there. */
export function demoPages(server) {
  return [
    {
      name: 'email',
      url: server.url(DEMO_HOSTS.email, '/demo/email.html'),
      field: '#body',
      text: ' Unfortunately your delivery is delayed by two weeks because of problems at our supplier.',
    },
    {
      name: 'crm',
      url: server.url(DEMO_HOSTS.crm, '/demo/crm.html'),
      field: '#notes',
      text: 'Customer shouted at our support colleague and threatened to cancel unless we give a special discount.',
    },
  ];
}

/**
 * Chromium's command-line flags: new headless mode, no first-run or background traffic, the
 * unpacked extension in `extensionDir` (none when null), the interface language, the demo hosts.
 * @param {{ extensionDir?: string | null, headless?: boolean, locale?: string }} [options]
 * @returns {string[]}
 */
export function chromiumArgs({ extensionDir = null, headless = true, locale } = {}) {
  return [
    // The old headless mode cannot load extensions, so the drivers are told "headful" and get this flag.
    ...(headless ? ['--headless=new'] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    ...(locale ? [`--lang=${locale}`] : []),
    ...(extensionDir
      ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
      : []),
    ...chromiumHostArgs(),
  ];
}

/**
 * Firefox's preferences: the demo hosts, a fixed internal UUID for the add-on with id `addonId`
 * (when given), and `extra` on top.
 * @param {{ addonId?: string | null, extra?: Record<string, unknown> }} [options]
 * @returns {Record<string, unknown>}
 */
export function firefoxPrefs({ addonId = null, extra = {} } = {}) {
  return {
    ...firefoxHostPrefs(),
    ...(addonId
      ? { 'extensions.webextensions.uuids': JSON.stringify({ [addonId]: FIREFOX_ADDON_UUID }) }
      : {}),
    ...extra,
  };
}

/**
 * Chromium driven by playwright-core (a persistent context, the only kind that loads extensions),
 * with the extension in `extensionDir` (none when null), and a close() that also deletes its profile.
 * @param {{ extensionDir?: string | null, headless?: boolean, viewport?: { width: number, height: number } | null,
 *   colorScheme?: 'light' | 'dark', locale?: string }} [options]
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, close: () => Promise<void> }>}
 */
export async function launchChromium({
  extensionDir = null,
  headless = true,
  viewport,
  colorScheme,
  locale,
} = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'maxim-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath('chromium'),
    headless: false, // `--headless=new` is in chromiumArgs
    ignoreHTTPSErrors: true,
    viewport: viewport === undefined ? (headless ? HEADLESS_VIEWPORT : null) : viewport,
    ...(colorScheme ? { colorScheme } : {}),
    ...(locale ? { locale } : {}),
    args: chromiumArgs({ extensionDir, headless, locale }),
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}

/**
 * The same Chromium driven by puppeteer-core, which attaches to an extension's action popup
 * (playwright-core does not list it). Extension debugging needs the pipe connection.
 * @param {{ extensionDir?: string | null, headless?: boolean, locale?: string }} [options]
 * @returns {Promise<import('puppeteer-core').Browser>}
 */
export function launchChromiumPuppeteer({ extensionDir = null, headless = true, locale } = {}) {
  return puppeteer.launch({
    executablePath: browserPath('chromium'),
    headless: false, // `--headless=new` is in chromiumArgs
    pipe: true,
    acceptInsecureCerts: true,
    // Without it puppeteer adds --disable-extensions; with it, --enable-unsafe-extension-debugging.
    enableExtensions: true,
    args: chromiumArgs({ extensionDir, headless, locale }),
  });
}

/** The add-on id in a built Firefox extension's manifest. */
function geckoId(extensionDir) {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

/**
 * Firefox ESR driven by puppeteer-core (WebDriver BiDi), with the extension in `extensionDir`
 * installed as a temporary add-on (none when null); `prefs` adds preferences.
 * @param {{ extensionDir?: string | null, headless?: boolean, viewport?: { width: number, height: number } | null,
 *   prefs?: Record<string, unknown> }} [options]
 * @returns {Promise<import('puppeteer-core').Browser>}
 */
export async function launchFirefox({
  extensionDir = null,
  headless = true,
  viewport,
  prefs = {},
} = {}) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath('firefox'),
    headless,
    acceptInsecureCerts: true,
    defaultViewport: viewport === undefined ? (headless ? HEADLESS_VIEWPORT : null) : viewport,
    // Firefox 153+ lets WebDriver open moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: firefoxPrefs({
      addonId: extensionDir ? geckoId(extensionDir) : null,
      extra: prefs,
    }),
  });
  if (extensionDir) await browser.installExtension(extensionDir);
  return browser;
}
