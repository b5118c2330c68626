/**
 * `npm run bench:browser`: what Maxim costs a page, in real browsers, with Maxim on and off side by
 * side in one run. Prints one table per measurement:
 * - per fixture editor, typing 500 characters: input-to-next-paint latency (median, p95) on and off
 *   and their ratio, long tasks (> 50 ms) with Maxim's code in them, Maxim's main-thread time per
 *   keystroke (from a Chrome trace), and the delay from the first focus to Maxim's badge;
 * - the content script's cost per frame on a page with no field and on a page with 20 frames
 *   (the scripts run, script evaluation from the trace, bytes parsed);
 * - the delay from the first focus of a field in a frame (TinyMCE, CKEditor 4, the iframe fixture's
 *   frame and frame inside a frame) to Maxim's badge there, median of 5 page loads;
 * - the page's JS heap after 1,000 fields were mounted, focused, typed into and removed, on vs off;
 * - Firefox ESR: start-up of a page and the on/off typing ratio (its tooling has no trace to read).
 * Needs the builds (`npm run build`, `npm run build:fixtures`). `-- --only typing,startup,frames,heap,firefox`
 * runs some of the parts.
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { launchChromium, launchFirefox } from '../scripts/launch.mjs';
import { DEMO_HOSTS, startServer } from '../scripts/serve.mjs';
import { CONTENT_SCRIPT_FILE } from '../src/background/files';
import { EDITOR_CASES } from '../test/e2e/support/editors';

const root = resolve(import.meta.dirname, '..');
const CHROME = join(root, 'dist/chrome');
const FIREFOX = join(root, 'dist/firefox');
const KEYS = 500;
/** A rep's typing: a key every 25 ms. */
const KEY_DELAY = 25;
const CHURN = 1000;
const onlyArg = process.argv.indexOf('--only');
const parts = new Set(
  onlyArg > 0
    ? (process.argv[onlyArg + 1] ?? '').split(',')
    : ['typing', 'startup', 'frames', 'heap', 'firefox'],
);

/** The fixture editors typed into (the e2e suites' list, without the frame and shadow-root variants). */
const EDITORS = EDITOR_CASES.filter((e) => !e.name.includes('('));

const DRAFT =
  'Hi Anna, thanks for your patience. Unfortunately your delivery is delayed by two weeks because of problems at our supplier. ' +
  'We have set up a second supplier and I will call you on Friday with the new date. Best regards, Tom. ';
const typed = DRAFT.repeat(Math.ceil(KEYS / DRAFT.length)).slice(0, KEYS);

type Eval = (fn: string) => Promise<unknown>;

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}
const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);

/** Page-side instrumentation: for each keydown, the time until the frame after it was painted. */
const INSTRUMENT = `(() => {
  window.__latencies = [];
  window.addEventListener('keydown', (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__latencies.push(performance.now() - start);
      channel.port2.postMessage(null);
    });
  }, true);
})()`;

/** Focuses a fixture field through the fixture's own API (in its frame, for editors in iframes). */
function focusScript(field: string | undefined): string {
  return `(async () => { await window.fixture.ready; const t = ${field ? `window.fixture.fields[${JSON.stringify(field)}]` : 'window.fixture'}; await t.setText(''); await t.focus(); })()`;
}

/** Whether Maxim's UI host is in the page (the badge appears once Maxim runs for the field). */
const HAS_MAXIM = `Boolean(document.querySelector('maxim-ui'))`;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid?: number;
  args?: { data?: { url?: string } };
}

async function trace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'v8',
      ],
    },
    transferMode: 'ReportEvents',
  });
  await run();
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** Maxim's time on the main thread: complete events running its scripts, nested ones counted once. */
function maximTime(
  events: TraceEvent[],
  prefix: string,
): { total: number; longTasks: number; evaluate: number; calls: number; evaluations: number } {
  const mine = events.filter(
    (e) =>
      e.ph === 'X' &&
      ['FunctionCall', 'EvaluateScript', 'v8.compile'].includes(e.name) &&
      (e.args?.data?.url ?? '').startsWith(prefix),
  );
  mine.sort((a, b) => a.ts - b.ts);
  let total = 0;
  let end = -1;
  for (const e of mine) {
    const stop = e.ts + (e.dur ?? 0);
    if (e.ts >= end) total += e.dur ?? 0;
    else if (stop > end) total += stop - end;
    end = Math.max(end, stop);
  }
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && (e.dur ?? 0) > 50_000);
  const longTasks = tasks.filter((t) =>
    mine.some((e) => e.tid === t.tid && e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0)),
  ).length;
  const evaluations = mine.filter((e) => e.name === 'EvaluateScript');
  const evaluate = evaluations.reduce((s, e) => s + (e.dur ?? 0), 0);
  return {
    total: total / 1000,
    longTasks,
    evaluate: evaluate / 1000,
    calls: mine.length,
    evaluations: evaluations.length,
  };
}

/** Polls a page-side condition for up to 15 s; the time it took in ms, or NaN. */
async function timeUntil(evaluate: Eval, condition: string): Promise<number> {
  const started = Date.now();
  for (let i = 0; i < 300; i += 1) {
    if (await evaluate(condition)) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 50));
  }
  return Number.NaN;
}

interface Typing {
  latencies: number[];
  maxim?: ReturnType<typeof maximTime>;
  firstBadge?: number;
}

/** Types the draft into one editor of one Chromium (Maxim on or off) and measures. */
async function typeInChromium(
  context: BrowserContext,
  url: string,
  editor: (typeof EDITORS)[number],
  prefix: string | null,
): Promise<Typing> {
  const page: Page = await context.newPage();
  await page.goto(url);
  await page.evaluate(focusScript(editor.field));
  // TinyMCE edits in a frame of its own: its keys, paints and Maxim's badge are that frame's.
  const frame =
    editor.page === 'tinymce'
      ? (page.frames().find((f) => f !== page.mainFrame()) ?? page.mainFrame())
      : page.mainFrame();
  await frame.evaluate(INSTRUMENT);
  const evaluate: Eval = (fn) => frame.evaluate(fn);
  const firstBadge = prefix ? await timeUntil(evaluate, HAS_MAXIM) : undefined;
  const cdp = await context.newCDPSession(page);
  const events = await trace(cdp, async () => {
    await page.keyboard.type(typed, { delay: KEY_DELAY });
    await page.waitForTimeout(1500); // the last analysis after the pause
  });
  const latencies = (await frame.evaluate('window.__latencies')) as number[];
  await page.close();
  return { latencies, ...(prefix ? { maxim: maximTime(events, prefix), firstBadge } : {}) };
}

/** Notes in every frame of a page when Maxim's UI host first appears there (ms since the epoch). */
const WATCH_BADGE = `(() => {
  window.__badgeAt = 0;
  new MutationObserver(() => {
    if (!window.__badgeAt && document.querySelector('maxim-ui')) window.__badgeAt = performance.timeOrigin + performance.now();
  }).observe(document, { childList: true, subtree: true });
})()`;

/** The delay from focusing a field in a frame (from the top frame, as the fixture API does) to Maxim's badge in any frame. */
async function frameBadge(
  context: BrowserContext,
  url: string,
  editor: (typeof EDITOR_CASES)[number],
): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate('window.fixture.ready');
  for (const frame of page.frames()) await frame.evaluate(WATCH_BADGE);
  const focused = (await page.evaluate(
    `(async () => { const t = ${editor.field ? `window.fixture.fields[${JSON.stringify(editor.field)}]` : 'window.fixture'}; const at = performance.timeOrigin + performance.now(); await t.focus(); return at; })()`,
  )) as number;
  let badgeAt = 0;
  for (let i = 0; i < 300 && !badgeAt; i += 1) {
    await page.waitForTimeout(50);
    for (const frame of page.frames())
      badgeAt ||= ((await frame.evaluate('window.__badgeAt').catch(() => 0)) as number) || 0;
  }
  await page.close();
  return badgeAt ? badgeAt - focused : Number.NaN;
}

/** The page's JS heap after `count` fields came and went, garbage collected. */
async function churnHeap(context: BrowserContext, url: string, count: number): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(`(async () => {
    for (let i = 0; i < ${count}; i += 1) {
      const field = document.createElement('textarea');
      document.body.append(field);
      field.focus();
      field.value = 'Unfortunately your delivery is delayed.';
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: '.' }));
      await new Promise((r) => setTimeout(r, 2));
      field.remove();
    }
    await new Promise((r) => setTimeout(r, 1500));
  })()`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await page.close();
  return usedSize;
}

/** Script evaluation of the content script in every frame of a page, from a trace. */
async function startUp(
  context: BrowserContext,
  url: string,
  prefix: string,
): Promise<{ frames: number; evaluate: number; total: number; evaluations: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  let frames = 0;
  const events = await trace(cdp, async () => {
    await page.goto(url);
    await page.waitForTimeout(1500);
    frames = page.frames().length;
  });
  await page.close();
  const { evaluate, total, evaluations } = maximTime(events, prefix);
  return { frames, evaluate, total, evaluations };
}

function table(title: string, header: string[], rows: (string | number)[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: (string | number)[]) =>
    cells.map((c, i) => String(c).padStart(widths[i] as number)).join('  ');
  console.log(`\n${title}\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
}

const server = await startServer();
const fixture = (page: string) => server.url(DEMO_HOSTS.crm, `/fixtures/${page}.html`);
const on = await launchChromium({ extensionDir: CHROME });
const off = await launchChromium({ extensionDir: null });
const worker = on.context.serviceWorkers()[0] ?? (await on.context.waitForEvent('serviceworker'));
const prefix = `chrome-extension://${new URL(worker.url()).host}/`;

try {
  const rows: (string | number)[][] = [];
  for (const editor of parts.has('typing') ? EDITORS : []) {
    const withMaxim = await typeInChromium(on.context, fixture(editor.page), editor, prefix);
    const without = await typeInChromium(off.context, fixture(editor.page), editor, null);
    const m = withMaxim.maxim!;
    rows.push([
      editor.name,
      f1(median(withMaxim.latencies)),
      f1(median(without.latencies)),
      f2(median(withMaxim.latencies) / Math.max(median(without.latencies), 0.001)),
      f1(quantile(withMaxim.latencies, 0.95)),
      f1(quantile(without.latencies, 0.95)),
      m.longTasks,
      f2(m.total / KEYS),
      withMaxim.firstBadge ?? '-',
    ]);
  }
  if (parts.has('typing'))
    table(
      `Chromium: typing ${KEYS} characters (a key every ${KEY_DELAY} ms); input to next paint in ms`,
      [
        'editor',
        'median on',
        'median off',
        'ratio',
        'p95 on',
        'p95 off',
        'long tasks (Maxim)',
        'Maxim ms/key',
        'focus to badge ms',
      ],
      rows,
    );

  if (parts.has('startup')) {
    const bootstrapBytes = statSync(join(CHROME, CONTENT_SCRIPT_FILE)).size;
    const plain = await startUp(on.context, server.url(DEMO_HOSTS.crm, '/demo/plain.html'), prefix);
    const framed = await startUp(
      on.context,
      server.url(DEMO_HOSTS.crm, '/demo/frames.html'),
      prefix,
    );
    table(
      'Chromium: the content script on pages without a field (script evaluation from the trace)',
      // Scripts run: the frames the bootstrap was evaluated in (the top frame until focus moves into a frame).
      [
        'page',
        'frames',
        'scripts run',
        'evaluate ms',
        'all Maxim ms',
        'ms per frame',
        'bytes parsed',
      ],
      [
        [
          'no field',
          plain.frames,
          plain.evaluations,
          f2(plain.evaluate),
          f2(plain.total),
          f2(plain.total / plain.frames),
          plain.evaluations * bootstrapBytes,
        ],
        [
          '20 frames',
          framed.frames,
          framed.evaluations,
          f2(framed.evaluate),
          f2(framed.total),
          f2(framed.total / framed.frames),
          framed.evaluations * bootstrapBytes,
        ],
      ],
    );
  }

  if (parts.has('frames')) {
    const framed = EDITOR_CASES.filter((e) => ['tinymce', 'ckeditor4', 'iframe'].includes(e.page));
    const rows: (string | number)[][] = [];
    for (const editor of framed) {
      const times: number[] = [];
      for (let i = 0; i < 5; i += 1)
        times.push(await frameBadge(on.context, fixture(editor.page), editor));
      rows.push([editor.name, f1(median(times)), f1(Math.min(...times)), f1(Math.max(...times))]);
    }
    table(
      "Chromium: first focus of a field in a frame to Maxim's badge, ms (5 page loads)",
      ['editor', 'median', 'min', 'max'],
      rows,
    );
  }

  if (parts.has('heap')) {
    const plainPage = server.url(DEMO_HOSTS.crm, '/demo/plain.html');
    const heapOne = await churnHeap(on.context, plainPage, 1);
    const heapOn = await churnHeap(on.context, plainPage, CHURN);
    const heapOff = await churnHeap(off.context, plainPage, CHURN);
    const mb = (n: number) => f2(n / 2 ** 20);
    table(
      `Chromium: JS heap after ${CHURN} fields mounted, typed into and removed (after GC)`,
      [
        'Maxim off MB',
        'Maxim on MB',
        'on - off MB',
        `on, after 1 field MB`,
        `growth over ${CHURN - 1} more fields MB`,
      ],
      [[mb(heapOff), mb(heapOn), mb(heapOn - heapOff), mb(heapOne), mb(heapOn - heapOne)]],
    );
  }
} finally {
  await on.close();
  await off.close();
}

// Firefox: no trace to attribute script time, so start-up as the page's load time, and typing.
const firefoxRows: (string | number)[][] = [];
if (!parts.has('firefox')) {
  await server.close();
  process.exit(0);
}
const ffOn = await launchFirefox({ extensionDir: FIREFOX });
const ffOff = await launchFirefox({ extensionDir: null });
try {
  const loadTime = async (browser: typeof ffOn, url: string) => {
    const times: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      times.push(
        (await page.evaluate(
          () => performance.getEntriesByType('navigation')[0]?.duration ?? 0,
        )) as number,
      );
      await page.close();
    }
    return median(times);
  };
  const frames = server.url(DEMO_HOSTS.crm, '/demo/frames.html');
  const [loadOn, loadOff] = [await loadTime(ffOn, frames), await loadTime(ffOff, frames)];
  const typeInFirefox = async (browser: typeof ffOn, editor: (typeof EDITORS)[number]) => {
    const page: PuppeteerPage = await browser.newPage();
    await page.goto(fixture(editor.page));
    await page.evaluate(INSTRUMENT);
    await page.evaluate(focusScript(editor.field));
    await new Promise((r) => setTimeout(r, 1000));
    await page.keyboard.type(typed, { delay: KEY_DELAY });
    await new Promise((r) => setTimeout(r, 1000));
    const latencies = (await page.evaluate('window.__latencies')) as number[];
    await page.close();
    return latencies;
  };
  for (const editor of EDITORS.filter((e) =>
    ['textarea', 'contenteditable', 'tiptap'].includes(e.name),
  )) {
    const a = await typeInFirefox(ffOn, editor);
    const b = await typeInFirefox(ffOff, editor);
    firefoxRows.push([
      editor.name,
      f1(median(a)),
      f1(median(b)),
      f2(median(a) / Math.max(median(b), 0.001)),
      f1(quantile(a, 0.95)),
      f1(quantile(b, 0.95)),
    ]);
  }
  table(
    'Firefox ESR: page with 20 frames, load time in ms (median of 5)',
    ['Maxim on', 'Maxim off', 'ratio'],
    [[f1(loadOn), f1(loadOff), f2(loadOn / loadOff)]],
  );
  table(
    `Firefox ESR: typing ${KEYS} characters; input to next paint in ms`,
    ['editor', 'median on', 'median off', 'ratio', 'p95 on', 'p95 off'],
    firefoxRows,
  );
} finally {
  await ffOn.close();
  await ffOff.close();
  await server.close();
}
