/**
 * Runs Maxim's editor adapters inside the fixture pages with the real editors: content/editors is
 * bundled by esbuild into one classic script that publishes `window.maximAdapters`, and each test
 * injects it into the frame that holds the field (as the content script runs in every frame).
 * Works with playwright-core (Chromium) and puppeteer-core (Firefox) pages alike, in a browser the
 * harness starts without Maxim (`useChromium({ maxim: false })`, `useFirefox({ maxim: false })`).
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Page as ChromiumPage } from 'playwright-core';
import { DEMO_HOSTS, type ChromiumPages, type FirefoxPages, type Server } from './harness';
import type { InsertResult, InsertTarget, TextSpan } from '../../../content/editors/types';

const REGISTRY = resolve(import.meta.dirname, '../../../content/editors/index.ts');

/** What the bundle publishes in the page. */
export interface AdapterPageApi {
  kinds: string[];
  /** Binds an adapter to the element at `path` (selectors, each after the first inside the previous one's shadow root). */
  attach(path: string[]): string | null;
  /** The kind adapterFor gives the element, or null; binds nothing. */
  kindOf(path: string[]): string | null;
  read(): string;
  /** read() timed in the page: the text's length and the milliseconds it took. */
  timedRead(): { length: number; ms: number };
  /** `toString()` of each range rangesFor gives. */
  rangeTexts(spans: TextSpan[]): string[];
  insert(text: string, at: InsertTarget): Promise<InsertResult>;
  /** Whether the bound field has focus (through shadow roots, in its own frame). */
  fieldHasFocus(): boolean;
  dispose(): void;
}

declare global {
  interface Window {
    maximAdapters: AdapterPageApi;
  }
}

// Page-side glue. Kept as plain JavaScript because it runs only in the page.
const PAGE_GLUE = `
import { adapterFor, EDITOR_KINDS } from ${JSON.stringify(REGISTRY)};
let current = null;
const find = (path) => {
  let scope = document;
  let el = null;
  for (const selector of path) {
    el = scope.querySelector(selector);
    if (!el) throw new Error('no element ' + selector);
    scope = el.shadowRoot ?? el;
  }
  return el;
};
const bound = () => {
  if (!current) throw new Error('no adapter bound');
  return current;
};
window.maximAdapters = {
  kinds: EDITOR_KINDS.map((kind) => kind.kind),
  attach(path) {
    current?.dispose();
    current = adapterFor(find(path));
    return current ? current.kind : null;
  },
  kindOf(path) {
    const adapter = adapterFor(find(path));
    adapter?.dispose();
    return adapter ? adapter.kind : null;
  },
  read: () => bound().read(),
  timedRead() {
    const started = performance.now();
    const text = bound().read();
    return { length: text.length, ms: performance.now() - started };
  },
  rangeTexts: (spans) => bound().rangesFor(spans).map((range) => range.toString()),
  insert: (text, at) => bound().insert(text, at),
  fieldHasFocus() {
    const el = bound().element;
    const root = el.getRootNode();
    return document.hasFocus() && root.activeElement !== null && (root.activeElement === el || el.contains(root.activeElement));
  },
  dispose() {
    current?.dispose();
    current = null;
  },
};
`;

let bundled: Promise<string> | null = null;

/** The adapters and their glue as one IIFE script (built once per test run). */
export function adapterBundle(): Promise<string> {
  bundled ??= build({
    stdin: {
      contents: PAGE_GLUE,
      resolveDir: resolve(import.meta.dirname),
      sourcefile: 'adapter-glue.js',
      loader: 'js',
    },
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  }).then((result) => {
    const file = result.outputFiles[0];
    if (!file) throw new Error('esbuild produced no bundle');
    return file.text;
  });
  return bundled;
}

/** The common shape of a playwright-core and a puppeteer-core frame, as far as the tests use it. */
export interface AnyFrame {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  addScriptTag(options: { content: string }): Promise<unknown>;
  $(selector: string): Promise<{ contentFrame(): Promise<AnyFrame | null> } | null>;
}

/** The frame reached through a chain of iframe selectors from `top` (none: `top` itself). */
export async function frameAt(top: AnyFrame, iframes: readonly string[]): Promise<AnyFrame> {
  let frame = top;
  for (const selector of iframes) {
    const handle = await frame.$(selector);
    const inner = handle ? await handle.contentFrame() : null;
    if (!inner) throw new Error(`no frame at ${selector}`);
    frame = inner;
  }
  return frame;
}

/** A frame in the DevTools Protocol's frame tree. */
interface CdpFrameTree {
  frame: { id: string };
  childFrames?: CdpFrameTree[];
}

/**
 * A frame as a content script sees it: a new isolated world (Chrome DevTools Protocol), with the
 * page's DOM but none of its JavaScript objects. Chromium only. `iframes` leads from the top frame
 * to the field's frame, as in `frameAt`.
 */
export async function isolatedWorld(
  page: ChromiumPage,
  iframes: readonly string[] = [],
): Promise<AnyFrame> {
  const cdp = await page.context().newCDPSession(page);
  let { frameTree: tree } = (await cdp.send('Page.getFrameTree')) as { frameTree: CdpFrameTree };
  let frame = page.mainFrame();
  for (const selector of iframes) {
    // Child frames are listed in document order, so the iframe's index among its siblings finds it.
    const index = await frame.evaluate(
      (sel) => Array.from(document.querySelectorAll('iframe')).findIndex((el) => el.matches(sel)),
      selector,
    );
    const child = tree.childFrames?.[index];
    const inner = await (await frame.$(selector))?.contentFrame();
    if (!child || !inner) throw new Error(`no frame at ${selector}`);
    tree = child;
    frame = inner;
  }
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: tree.frame.id,
    worldName: 'maxim-adapters',
  });
  const run = async (expression: string): Promise<unknown> => {
    const reply = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      awaitPromise: true,
      returnByValue: true,
    });
    if (reply.exceptionDetails)
      throw new Error(
        `in the isolated world: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`,
      );
    return reply.result.value;
  };
  return {
    evaluate: async <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      (await run(`(${fn.toString()})(${JSON.stringify(arg ?? null)})`)) as R,
    addScriptTag: ({ content }) => run(content),
    $: () => Promise.reject(new Error('the isolated world helper has no frames')),
  };
}

/** Injects the adapters into a frame (once). */
export async function injectAdapters(frame: AnyFrame): Promise<void> {
  const present = await frame.evaluate(() => typeof window.maximAdapters === 'object', undefined);
  if (!present) await frame.addScriptTag({ content: await adapterBundle() });
}

/** Calls the page API of a frame. */
export const inPage = {
  attach: (frame: AnyFrame, path: string[]) =>
    frame.evaluate((p) => window.maximAdapters.attach(p), path),
  kindOf: (frame: AnyFrame, path: string[]) =>
    frame.evaluate((p) => window.maximAdapters.kindOf(p), path),
  read: (frame: AnyFrame) => frame.evaluate(() => window.maximAdapters.read(), undefined),
  timedRead: (frame: AnyFrame) => frame.evaluate(() => window.maximAdapters.timedRead(), undefined),
  rangeTexts: (frame: AnyFrame, spans: TextSpan[]) =>
    frame.evaluate((s) => window.maximAdapters.rangeTexts(s), spans),
  insert: (frame: AnyFrame, text: string, at: InsertTarget) =>
    frame.evaluate(({ t, a }) => window.maximAdapters.insert(t, a), { t: text, a: at }),
  fieldHasFocus: (frame: AnyFrame) =>
    frame.evaluate(() => window.maximAdapters.fieldHasFocus(), undefined),
  dispose: (frame: AnyFrame) => frame.evaluate(() => window.maximAdapters.dispose(), undefined),
};

/** A browser the scenarios run in, seen through what they need. */
export interface Session {
  open(page: string): Promise<OpenPage>;
}

/** One open fixture page. */
export interface OpenPage {
  top: AnyFrame;
  type(text: string): Promise<void>;
  press(key: 'Enter' | 'Undo' | 'SelectAll' | 'Backspace'): Promise<void>;
  /** Uncaught errors and console errors of the page so far. */
  errors: string[];
  /** The top frame as a content script's isolated world sees it (Chromium only). */
  isolatedWorld?: (iframes: readonly string[]) => Promise<AnyFrame>;
  close(): Promise<void>;
}

/** A fixture page's URL under a demo host name. */
function fixtureUrl(server: Server, page: string): string {
  return server.url(DEMO_HOSTS.email, `/fixtures/${page}.html`);
}

/** Waits until the page's fixture hook exists and its editor is ready. */
async function waitForFixture(top: AnyFrame): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    if (await top.evaluate(() => typeof window.fixture === 'object', undefined)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await top.evaluate(() => window.fixture.ready, undefined);
}

/** The fixture pages in a Chromium the harness started (playwright-core). */
export function chromiumFixtures(chromium: ChromiumPages): Session {
  return {
    async open(name) {
      const page = await chromium.context.newPage();
      await page.goto(fixtureUrl(chromium.server, name));
      const top = page.mainFrame() as unknown as AnyFrame;
      await waitForFixture(top);
      return {
        top,
        errors: chromium.errorsOn(page),
        type: (text) => page.keyboard.type(text),
        press: (key) =>
          page.keyboard.press(
            key === 'Undo' ? 'Control+z' : key === 'SelectAll' ? 'Control+a' : key,
          ),
        isolatedWorld: (iframes) => isolatedWorld(page, iframes),
        close: () => page.close(),
      };
    },
  };
}

/** The fixture pages in a Firefox the harness started (puppeteer-core over WebDriver BiDi). */
export function firefoxFixtures(firefox: FirefoxPages): Session {
  return {
    async open(name) {
      const page = await firefox.newPage();
      await page.goto(fixtureUrl(firefox.server, name));
      const top = page.mainFrame() as unknown as AnyFrame;
      await waitForFixture(top);
      return {
        top,
        errors: firefox.errorsOn(page),
        type: (text) => page.keyboard.type(text),
        async press(key) {
          if (key === 'Enter' || key === 'Backspace') return page.keyboard.press(key);
          await page.keyboard.down('Control');
          await page.keyboard.press(key === 'Undo' ? 'z' : 'a');
          await page.keyboard.up('Control');
        },
        close: () => page.close(),
      };
    },
  };
}
