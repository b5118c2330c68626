/**
 * Figures of the content script in Chromium, printed, not asserted (machines here are shared and
 * noisy): start-up on a page with no editor, the work per keystroke and per analysis in a
 * 2,000-word field. Main-thread time comes from Chromium's trace (the content script runs in an
 * isolated world the page cannot time), the per-keystroke cost also from performance.now() in the page.
 */
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_FILE } from '../../src/background/files';
import { fieldCall, type PageEval } from './support/editors';
import { DEMO_HOSTS, useChromium } from './support/harness';
import { MaximUi } from './support/maxim-ui';
import { eventually } from './support/scenarios';

const session = useChromium();

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { url?: string; type?: string; stackTrace?: { url?: string }[] } };
}

async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
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
  return async () => {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

const fromMaxim = (e: TraceEvent) => (e.args?.data?.url ?? '').endsWith(`/${CONTENT_SCRIPT_FILE}`);
const ms = (us: number) => (us / 1000).toFixed(2);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Complete events of the content script, by name. */
function maximEvents(events: TraceEvent[], name: string): number[] {
  return events
    .filter((e) => e.name === name && e.ph === 'X' && fromMaxim(e))
    .map((e) => e.dur ?? 0);
}

function words(n: number): string {
  const sentences = [
    'Thanks for the call today, I have attached the invoice for the last quarter.',
    'Our team looked at the numbers again and the figures match the contract.',
    'Please let me know if anything in the report is unclear to your colleagues.',
  ];
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < n; i++) {
    const sentence = sentences[i % sentences.length] as string;
    out.push(sentence + (i % 4 === 3 ? '\n' : ' '));
    count += sentence.split(' ').length;
  }
  return out.join('');
}

async function openWithText(
  page: Page,
  name: string,
  field: string | undefined,
  text: string,
): Promise<PageEval> {
  await page.goto(session.server.url(DEMO_HOSTS.crm, `/fixtures/${name}.html`));
  const evaluate: PageEval = (fn, arg) =>
    page.evaluate(fn as (a: unknown) => unknown, arg as unknown);
  await fieldCall(evaluate, field, 'setText', text);
  await fieldCall(evaluate, field, 'focus');
  return evaluate;
}

describe('content-script figures', () => {
  it('start-up on a page with no editor', async () => {
    const page = await session.context.newPage();
    const cdp = await page.context().newCDPSession(page);
    const stop = await startTrace(cdp);
    await page.goto(session.server.url(DEMO_HOSTS.crm, '/'));
    await page.waitForTimeout(1000);
    const events = await stop();
    const evaluate = maximEvents(events, 'EvaluateScript');
    const calls = maximEvents(events, 'FunctionCall');
    const compile = events
      .filter((e) => e.name.startsWith('v8.compile') && e.ph === 'X' && fromMaxim(e))
      .map((e) => e.dur ?? 0);
    console.log(
      `start-up, page with no editor: evaluate ${CONTENT_SCRIPT_FILE} ${ms(evaluate.reduce((a, b) => a + b, 0))} ms ` +
        `(compile ${ms(compile.reduce((a, b) => a + b, 0))} ms), later callbacks ${ms(calls.reduce((a, b) => a + b, 0))} ms in ${calls.length}`,
    );
    expect(await page.evaluate(() => document.querySelector('maxim-ui'))).toBeNull();
    await page.close();
  });

  it.each([
    ['textarea', 'message'],
    ['contenteditable', 'body'],
  ])('per keystroke and per analysis in a 2,000-word %s', async (name, field) => {
    const page = await session.context.newPage();
    const text = words(2000);
    await openWithText(page, name, field, text);
    const ui = await MaximUi.on(page);
    // The first analysis after focus compiles the principles.
    expect(await eventually(async () => (await ui.badgeCount()) !== null, 100, 200)).toBe(true);

    // Per keystroke, in the page: the synchronous cost of an input event (Maxim's listener included).
    const perKey = (await page.evaluate(async () => {
      const el = (document.activeElement?.shadowRoot?.activeElement ??
        document.activeElement) as HTMLElement;
      const times: number[] = [];
      for (let i = 0; i < 40; i++) {
        const t0 = performance.now();
        el.dispatchEvent(
          new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'x' }),
        );
        times.push(performance.now() - t0);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return times;
    }, null)) as number[];

    // Per analysis, from the trace: type, pause, type, pause; each pause runs one incremental analysis.
    const cdp = await page.context().newCDPSession(page);
    const stop = await startTrace(cdp);
    for (let i = 0; i < 8; i++) {
      await page.keyboard.type(' word', { delay: 30 });
      await page.waitForTimeout(600);
    }
    const events = await stop();
    const calls = maximEvents(events, 'FunctionCall');
    const long = calls.filter((d) => d > 2000);
    console.log(
      `${name}, 2,000 words (${text.length} chars): input event in the page median ${median(perKey).toFixed(3)} ms, max ${Math.max(...perKey).toFixed(3)} ms; ` +
        `Maxim's callbacks while typing: ${calls.length}, median ${ms(median(calls))} ms, max ${ms(Math.max(0, ...calls))} ms; ` +
        `analyses (callbacks > 2 ms): ${long.map(ms).join(', ')} ms`,
    );
    await ui.detach();
    await page.close();
  });

  it('a 1 MB field does not freeze the page: Maxim reads the paragraphs around the caret and says so', async () => {
    const page = await session.context.newPage();
    const text = `${words(180_000)}\nUnfortunately your delivery is delayed by two weeks.`;
    await openWithText(page, 'textarea', 'message', text);
    const ui = await MaximUi.on(page);
    expect(await eventually(async () => ((await ui.badgeCount()) ?? 0) >= 1, 100, 200)).toBe(true);
    const cdp = await page.context().newCDPSession(page);
    const stop = await startTrace(cdp);
    await page.keyboard.type(' Sorry.', { delay: 30 });
    await page.waitForTimeout(800);
    const calls = maximEvents(await stop(), 'FunctionCall');
    await ui.click((await ui.badge())!);
    expect(
      await eventually(
        async () => (await ui.query((el) => 'data-partial' in el.attributes)).length === 1,
      ),
      'the card says it read part',
    ).toBe(true);
    console.log(
      `1 MB textarea (${text.length} chars): Maxim's callbacks while typing ${calls.length}, longest ${ms(Math.max(0, ...calls))} ms`,
    );
    await ui.detach();
    await page.close();
  });

  it('first analysis after focus (compiles the principles)', async () => {
    const page = await session.context.newPage();
    const cdp = await page.context().newCDPSession(page);
    await page.goto(session.server.url(DEMO_HOSTS.crm, '/fixtures/textarea.html'));
    const stop = await startTrace(cdp);
    const evaluate: PageEval = (fn, arg) =>
      page.evaluate(fn as (a: unknown) => unknown, arg as unknown);
    await fieldCall(evaluate, 'message', 'focus');
    await page.waitForTimeout(1500);
    const events = await stop();
    const calls = maximEvents(events, 'FunctionCall');
    console.log(
      `first focus: Maxim's callbacks ${calls.length}, longest ${ms(Math.max(0, ...calls))} ms (engine compile + first analysis)`,
    );
    await page.close();
  });
});
