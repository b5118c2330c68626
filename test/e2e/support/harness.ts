/**
 * The e2e suites' one harness. `useChromium()`, `useFirefox()` and `useChromiumPuppeteer()` register
 * the vitest hooks that start the demo server (scripts/serve.mjs) and a browser with the built
 * extension (scripts/launch.mjs) before the tests of the file or `describe` they are called in, and
 * close both after them. The object they return is filled in once the browser runs. Every page the
 * browser opens records its requests and its errors.
 */
import { resolve } from 'node:path';
import type { BrowserContext, Page, Request as PlaywrightRequest, Worker } from 'playwright-core';
import type {
  CreatePageOptions,
  Browser as PuppeteerBrowser,
  Page as PuppeteerPage,
  WebWorker,
} from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import {
  FIREFOX_ADDON_UUID,
  launchChromium,
  launchChromiumPuppeteer,
  launchFirefox,
} from '../../../scripts/launch.mjs';
import { DEMO_HOSTS, startServer } from '../../../scripts/serve.mjs';
import { SERVICE_WORKER_FILE, WELCOME_PAGE } from '../../../src/background/files';
import { PageErrors } from './page-errors';
import { RequestLog } from './requests';

export { DEMO_HOSTS };

/** The built extensions the suites run. */
export const CHROME_BUILD = resolve(import.meta.dirname, '../../../dist/chrome');
export const FIREFOX_BUILD = resolve(import.meta.dirname, '../../../dist/firefox');
/** Chrome's test build, with the content script's test probe (content/test-probe.ts). */
export const CHROME_TEST_BUILD = resolve(import.meta.dirname, '../../../dist/chrome-test');

/** The running demo and fixture server. */
export type Server = Awaited<ReturnType<typeof startServer>>;

/** A suite's own steps around the browser: `beforeLaunch` runs before anything starts, `afterClose` after all is closed, even when closing fails. */
export interface HarnessHooks {
  beforeLaunch?: () => void | Promise<void>;
  afterClose?: () => void | Promise<void>;
}

/**
 * Installing Maxim opens its welcome page in a tab (the browsers start with a fresh profile, so
 * every launch is an install). The harness waits for that tab and closes it before the tests, so
 * it cannot take the place of the tab a test works in; `keepWelcome` leaves it open, for the
 * suite about the welcome page, which gets it as `welcome`.
 */
export interface WelcomeOptions {
  keepWelcome?: boolean;
}

/** Polls until `find` gives something; throws when the welcome page never opened. */
async function waitForWelcome<T>(find: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 150; i += 1) {
    const found = await find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`installing Maxim did not open ${WELCOME_PAGE}`);
}

/** What every harness gives, once started. */
interface Started {
  server: Server;
  /** Every request the browser's pages (and, in Chromium, the service worker) made. */
  requests: RequestLog;
  /** The uncaught errors of every page the browser opened. */
  pageErrors: string[];
  /** One page's uncaught errors and console errors (`pageerror: …`, `console: …`), a live list. */
  errorsOn(page: object): string[];
  /** Leaves a page's uncaught errors out of `pageErrors` from now on: for a page that provokes them on purpose. */
  ignoreErrorsOn(page: object): void;
}

/** Chromium (playwright-core), with or without Maxim. */
export interface ChromiumPages extends Started {
  context: BrowserContext;
}

/** Chromium (playwright-core) with Maxim. */
export interface ChromiumSession extends ChromiumPages {
  extensionId: string;
  worker: Worker;
  /** The welcome page the install opened, when the suite asked to keep it. */
  welcome: Page | null;
  /** Opens one of Maxim's pages (e.g. `src/popup/index.html`) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
}

/** Firefox (puppeteer-core over WebDriver BiDi), with or without Maxim. */
export interface FirefoxPages extends Started {
  browser: PuppeteerBrowser;
  /** Opens a tab (or with `{ type: 'window' }` a window of its own) that records its requests and errors. */
  newPage(options?: CreatePageOptions): Promise<PuppeteerPage>;
}

/** Firefox with Maxim. */
export interface FirefoxSession extends FirefoxPages {
  /** The welcome page the install opened, when the suite asked to keep it. */
  welcome: PuppeteerPage | null;
  /** The moz-extension:// URL of one of Maxim's files. */
  extensionUrl(path: string): string;
  /** Opens one of Maxim's pages (e.g. `src/popup/index.html`) in a tab. */
  openExtensionPage(path: string): Promise<PuppeteerPage>;
}

/** Chromium driven by puppeteer-core with Maxim, for the real action popup. */
export interface ChromiumPuppeteerSession extends Started {
  browser: PuppeteerBrowser;
  extensionId: string;
  worker: WebWorker;
  /** Opens a tab that records its requests and errors. */
  newPage(): Promise<PuppeteerPage>;
  /** Records the requests and errors of a page the browser opened by itself (a popup); returns it. */
  watch(page: PuppeteerPage): PuppeteerPage;
}

export interface ChromiumOptions extends HarnessHooks, WelcomeOptions {
  /** Load the built extension (default true); without it the browser only maps the demo hosts. */
  maxim?: boolean;
  /** Which build to load (default dist/chrome). */
  build?: string;
  colorScheme?: 'light' | 'dark';
  locale?: string;
  viewport?: { width: number; height: number };
}

export interface FirefoxOptions extends HarnessHooks, WelcomeOptions {
  /** Install the built extension (default true). */
  maxim?: boolean;
  /** Firefox preferences on top of the harness's own. */
  prefs?: Record<string, unknown>;
}

/** What a launch records into, and where it hands the function that closes its browser. */
interface Recorders {
  requests: RequestLog;
  errors: PageErrors;
  /** Called as soon as there is a browser to close, so a launch that fails halfway still closes it. */
  closeWith(close: () => Promise<void>): void;
}

/** Registers the hooks: the server starts, then `launch`; after the tests both are closed. */
function register<T extends Started>(
  hooks: HarnessHooks,
  launch: (recorders: Recorders) => Promise<Omit<T, keyof Started>>,
): T {
  const harness = {} as T;
  let server: Server | undefined;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    await hooks.beforeLaunch?.();
    server = await startServer();
    const requests = new RequestLog();
    const errors = new PageErrors();
    const started: Started = {
      server,
      requests,
      pageErrors: errors.all,
      errorsOn: (page) => errors.of(page),
      ignoreErrorsOn: (page) => errors.ignore(page),
    };
    Object.assign(harness, started);
    Object.assign(harness, await launch({ requests, errors, closeWith: (fn) => (close = fn) }));
  });
  afterAll(async () => {
    try {
      await close?.();
      await server?.close();
    } finally {
      await hooks.afterClose?.();
    }
  });
  return harness;
}

/**
 * The document or worker that made a request. A request of the service worker (its module
 * imports) has no frame; it names the worker instead. Nor has the first navigation of a tab the
 * extension opens (the welcome page on install): playwright-core sees it before the tab's frame.
 */
function initiatorOf(request: PlaywrightRequest): string {
  const worker = request.serviceWorker();
  if (worker) return worker.url();
  try {
    return request.frame().url();
  } catch {
    return request.url();
  }
}

/** Records a puppeteer-core page's requests and errors. */
function watchPuppeteerPage(
  page: PuppeteerPage,
  requests: RequestLog,
  errors: PageErrors,
): PuppeteerPage {
  page.on('request', (request) => requests.add(request.url(), request.frame()?.url() ?? ''));
  page.on('pageerror', (error) => errors.uncaught(page, error));
  page.on('console', (message) => errors.console(page, message.type(), message.text()));
  return page;
}

/** Chromium headless with the extension from dist/chrome (unless `maxim: false`), light, en-US, 1280×800. */
export function useChromium(options: ChromiumOptions & { maxim: false }): ChromiumPages;
export function useChromium(options?: ChromiumOptions): ChromiumSession;
export function useChromium(options: ChromiumOptions = {}): ChromiumPages | ChromiumSession {
  const { maxim = true, colorScheme = 'light', locale = 'en-US', viewport } = options;
  return register<ChromiumSession>(options, async ({ requests, errors, closeWith }) => {
    const { context, close } = await launchChromium({
      extensionDir: maxim ? (options.build ?? CHROME_BUILD) : null,
      colorScheme,
      locale,
      viewport,
    });
    closeWith(close);
    context.on('request', (request) => requests.add(request.url(), initiatorOf(request)));
    const watch = (page: Page) => {
      page.on('pageerror', (error) => errors.uncaught(page, error));
      page.on('console', (message) => errors.console(page, message.type(), message.text()));
    };
    context.pages().forEach(watch);
    context.on('page', watch);
    // Without Maxim there is no worker and no extension page: the overload above gives ChromiumPages.
    if (!maxim) return { context } as Omit<ChromiumSession, keyof Started>;
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const welcomeUrl = `chrome-extension://${extensionId}/${WELCOME_PAGE}`;
    const welcome = await waitForWelcome(async () =>
      context.pages().find((page) => page.url() === welcomeUrl),
    );
    if (!options.keepWelcome) await welcome.close();
    return {
      context,
      worker,
      extensionId,
      welcome: options.keepWelcome ? welcome : null,
      async openExtensionPage(path) {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${extensionId}/${path}`);
        return page;
      },
    };
  });
}

/** Polls until the check holds; throws after about ten seconds. */
async function waitFor(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('timed out waiting for an extension page to load');
}

/** Firefox headless with dist/firefox installed as a temporary add-on (unless `maxim: false`), 1280×800. */
export function useFirefox(options: FirefoxOptions & { maxim: false }): FirefoxPages;
export function useFirefox(options?: FirefoxOptions): FirefoxSession;
export function useFirefox(options: FirefoxOptions = {}): FirefoxPages | FirefoxSession {
  const { maxim = true, prefs } = options;
  return register<FirefoxSession>(options, async ({ requests, errors, closeWith }) => {
    const browser = await launchFirefox({ extensionDir: maxim ? FIREFOX_BUILD : null, prefs });
    closeWith(() => browser.close());
    const newPage = async (options?: CreatePageOptions) =>
      watchPuppeteerPage(await browser.newPage(options), requests, errors);
    const extensionUrl = (path: string) => `moz-extension://${FIREFOX_ADDON_UUID}/${path}`;
    if (!maxim) return { browser, newPage } as Omit<FirefoxSession, keyof Started>;
    // Firefox reports no finished navigation for extension pages over BiDi: ask the page itself.
    const hrefOf = (page: PuppeteerPage) =>
      page.evaluate(() => location.href).catch(() => page.url());
    const welcome = await waitForWelcome(async () => {
      for (const page of await browser.pages())
        if ((await hrefOf(page)) === extensionUrl(WELCOME_PAGE)) return page;
      return undefined;
    });
    if (!options.keepWelcome) await welcome.close();
    else watchPuppeteerPage(welcome, requests, errors);
    return {
      welcome: options.keepWelcome ? welcome : null,
      browser,
      newPage,
      extensionUrl,
      async openExtensionPage(path) {
        const page = await newPage();
        const url = extensionUrl(path);
        // Firefox loads extension pages but never reports the navigation as finished over BiDi
        // (see mozilla/firefox-devtools-mcp#87), so wait for the document instead of for goto().
        page.goto(url, { timeout: 0 }).catch(() => undefined);
        await waitFor(
          async () =>
            (await page
              .evaluate(() => `${location.href}|${document.readyState}`)
              .catch(() => '')) === `${url}|complete`,
        );
        return page;
      },
    };
  });
}

/** Chromium headless with dist/chrome, driven by puppeteer-core (it attaches to the action popup), en-US. */
export function useChromiumPuppeteer(
  options: HarnessHooks & { locale?: string } = {},
): ChromiumPuppeteerSession {
  // This suite drives the popup; the welcome page is always closed before its tests.
  return register<ChromiumPuppeteerSession>(options, async ({ requests, errors, closeWith }) => {
    const browser = await launchChromiumPuppeteer({
      extensionDir: CHROME_BUILD,
      locale: options.locale ?? 'en-US',
    });
    closeWith(() => browser.close());
    const target = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().endsWith(`/${SERVICE_WORKER_FILE}`),
    );
    const worker = await target.worker();
    if (!worker) throw new Error('no service worker');
    const welcomeUrl = `chrome-extension://${new URL(target.url()).host}/${WELCOME_PAGE}`;
    const welcome = await browser.waitForTarget((t) => t.url() === welcomeUrl, { timeout: 15_000 });
    await (await welcome.asPage()).close();
    const watch = (page: PuppeteerPage) => watchPuppeteerPage(page, requests, errors);
    return {
      browser,
      worker,
      extensionId: new URL(target.url()).host,
      newPage: async () => watch(await browser.newPage()),
      watch,
    };
  });
}
