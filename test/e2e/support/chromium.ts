/** Launches Debian's Chromium with the built extension (playwright-core) and records every request. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { browserPath } from '../../../scripts/browsers.mjs';
import { chromiumHostArgs } from '../../../scripts/serve.mjs';
import { RequestLog } from './requests';

export const CHROME_BUILD = resolve(import.meta.dirname, '../../../dist/chrome');

/** A running Chromium with Maxim loaded. */
export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  requests: RequestLog;
  /** Opens one of Maxim's pages (e.g. `src/popup/index.html`) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Launches Chromium headless with the extension from dist/chrome and the demo hosts mapped locally. */
export async function launchChromium(options: { colorScheme?: 'light' | 'dark'; locale?: string } = {}): Promise<ChromiumSession> {
  const profile = mkdtempSync(join(tmpdir(), 'maxim-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath('chromium'),
    headless: false, // `--headless=new` below: the old headless mode cannot load extensions.
    ignoreHTTPSErrors: true,
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    viewport: { width: 1280, height: 800 },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--lang=${options.locale ?? 'en-US'}`,
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      ...chromiumHostArgs(),
    ],
  });
  const requests = new RequestLog();
  // A request of the service worker (its module imports) has no frame; it names the worker instead.
  context.on('request', (request) => requests.add(request.url(), request.serviceWorker()?.url() ?? request.frame().url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    requests,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
