/**
 * Huge and odd texts in Chromium (test/fixtures/huge.html, strict CSP): a 1 MB textarea, a
 * contenteditable of 100,000 paragraphs, emoji and combining marks, right-to-left text, and a
 * text that changes while its analysis is in flight. The service worker's `analyze` requests are
 * recorded there (an extra `runtime.onMessage` listener sees the same messages), so the test
 * checks what the engine received: a window of the paragraphs around the caret, never the whole
 * text. The marks are checked in the page's highlight registry (Chromium shares it with content
 * scripts): each marked text is evidence the engine gives for that request. Typing latency (key
 * down to the next animation frame) is printed, not asserted.
 */
import type { Page, Worker } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { corePack } from '../../src/data/principles';
import { createAnalyzer, type Analyzer } from '../../src/engine';
import type { Context } from '../../src/engine/types';
import {
  DELAY_DRAFT,
  NEUTRAL_DRAFT,
  fieldCall,
  fixtureErrors,
  type PageEval,
} from './support/editors';
import { MaximUi } from './support/maxim-ui';
import { DEMO_HOSTS, useChromium } from './support/harness';
import { eventually } from './support/scenarios';

/**
 * `FULL_TEXT_LIMIT` of content/session/analysis.ts (that module loads the extension API, which
 * the test process has not): texts longer than this go to the engine as a window around the caret.
 */
const FULL_TEXT_LIMIT = 20_000;

/** Polls for up to 30 s where an analysis of a huge text must have run. */
const ANALYSIS_ATTEMPTS = 300;

const session = useChromium();
let engine: Analyzer;

beforeAll(() => {
  engine = createAnalyzer([corePack]);
});

interface Recorded {
  text: string;
  context: Context;
}

/**
 * Starts recording the texts of `analyze` requests in the service worker (again: from empty).
 * `hold` keeps the worker busy for `ms` after the first request whose text contains `text`
 * (the router has taken it; its answer goes out after the wait), so the page can change the text
 * while that analysis is in flight.
 */
async function recordAnalyses(worker: Worker, hold?: { text: string; ms: number }): Promise<void> {
  await worker.evaluate((held) => {
    type Message = { type?: string; payload?: { text: string; context: string } };
    const scope = globalThis as unknown as {
      recordedAnalyses?: { text: string; context: string }[];
      heldAnalysis?: { text: string; ms: number } | null;
      chrome: { runtime: { onMessage: { addListener(l: (m: Message) => void): void } } };
    };
    if (!scope.recordedAnalyses) {
      scope.chrome.runtime.onMessage.addListener((message) => {
        if (message?.type !== 'analyze' || !message.payload) return;
        scope.recordedAnalyses?.push({
          text: message.payload.text,
          context: message.payload.context,
        });
        const hold = scope.heldAnalysis;
        if (hold && message.payload.text.includes(hold.text)) {
          scope.heldAnalysis = null;
          const until = Date.now() + hold.ms;
          while (Date.now() < until) {
            // Busy: the worker answers nothing meanwhile.
          }
        }
      });
    }
    scope.recordedAnalyses = [];
    scope.heldAnalysis = held ?? null;
  }, hold ?? null);
}

async function recorded(worker: Worker): Promise<Recorded[]> {
  return worker.evaluate(
    () => (globalThis as unknown as { recordedAnalyses: Recorded[] }).recordedAnalyses,
  );
}

/** Every evidence text the engine gives for a request (what the marks may show). */
function evidenceTexts({ text, context }: Recorded): Set<string> {
  const analysis = engine.analyze(text, { context });
  const texts = new Set<string>();
  for (const s of analysis.suggestions) {
    for (const e of s.evidence) {
      // The engine's offsets are exact in its own input.
      expect(text.slice(e.start, e.end)).toBe(e.text);
      texts.add(e.text);
    }
  }
  return texts;
}

/** Maxim's highlighted ranges in the page: their text and the index of the paragraph (`<div>`) they start in. */
async function highlighted(page: Page, fieldSelector: string) {
  return (await page.evaluate((sel) => {
    const field = document.querySelector(sel)!;
    const paragraphs = [...field.children];
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const out: { text: string; paragraph: number; inField: boolean }[] = [];
    registry.forEach((highlight, name) => {
      if (!name.startsWith('maxim-')) return;
      for (const range of highlight) {
        const start = range.startContainer;
        const el = start instanceof Element ? start : start.parentElement;
        const div = el?.closest(`${sel} > div`) ?? null;
        out.push({
          text: range.toString(),
          paragraph: div ? paragraphs.indexOf(div) : -1,
          inField: field.contains(start),
        });
      }
    });
    return out;
  }, fieldSelector)) as { text: string; paragraph: number; inField: boolean }[];
}

interface Opened {
  page: Page;
  ui: MaximUi;
  evaluate: PageEval;
  errors: string[];
}

/** Opens the fixture on the email host (Maxim on), or on a host Maxim is off on (`off`: the baseline). */
async function openHuge(off = false): Promise<Opened> {
  const page = await session.context.newPage();
  await page.goto(
    session.server.url(off ? DEMO_HOSTS.other : DEMO_HOSTS.email, '/fixtures/huge.html'),
  );
  const evaluate: PageEval = (fn, arg) =>
    page.evaluate(fn as (a: unknown) => unknown, arg as unknown);
  await fieldCall(evaluate, 'big', 'setText', '');
  return {
    page,
    ui: await MaximUi.on(page, { topDocumentOnly: true }),
    evaluate,
    errors: session.errorsOn(page),
  };
}

/** Key down to the next animation frame, for the keys typed since `from`: median and max, in ms. */
async function latency(evaluate: PageEval, from: number): Promise<string> {
  const all = (await evaluate(
    (n) => (window as unknown as { huge: { latencies: number[] } }).huge.latencies.slice(n),
    from,
  )) as number[];
  const sorted = [...all].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  return `${sorted.length} keys, median ${median.toFixed(1)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(1)} ms`;
}

async function keyCount(evaluate: PageEval): Promise<number> {
  return (await evaluate(
    () => (window as unknown as { huge: { latencies: number[] } }).huge.latencies.length,
    null,
  )) as number;
}

/** The text and caret of a test, set up by page functions (the same with Maxim on and off). */
interface Setup {
  fill: (arg: number) => unknown;
  fillArg: number;
  caret: (arg: number) => unknown;
  caretArg: number;
  /** Put the draft in as one input and type only a few keys after it. */
  paste?: boolean;
}

/** Sets the text and caret up, then types Enter and the delay draft; returns the page's latency line. */
async function typeInto({ page, evaluate }: Opened, setup: Setup): Promise<string> {
  await evaluate(setup.fill, setup.fillArg);
  await evaluate(setup.caret, setup.caretArg);
  const keys = await keyCount(evaluate);
  await page.keyboard.press('Enter');
  if (setup.paste) {
    // Each key costs the browser itself about a second in 100,000 paragraphs (Maxim off too):
    // the draft goes in as one input, then a few keys are typed and timed.
    await page.keyboard.insertText(DELAY_DRAFT);
    await page.keyboard.type(' Best');
  } else await page.keyboard.type(DELAY_DRAFT);
  return latency(evaluate, keys);
}

/** The same typing on a host Maxim is off on: the browser's own cost of such a field. */
async function baseline(setup: Setup): Promise<string> {
  const opened = await openHuge(true);
  const line = await typeInto(opened, setup);
  await opened.ui.detach();
  await opened.page.close();
  return line;
}

/** Every recorded request is a bounded window; the last one holds what the rep typed. */
async function expectBoundedRequests(typed: string): Promise<Recorded> {
  const requests = await recorded(session.worker);
  expect(requests.length).toBeGreaterThan(0);
  const longest = Math.max(...requests.map((r) => r.text.length));
  expect(longest, 'the engine gets a window, not the whole text').toBeLessThanOrEqual(
    FULL_TEXT_LIMIT,
  );
  const last = requests.at(-1)!;
  expect(last.text).toContain(typed);
  console.log(`huge: ${requests.length} analyses, longest request ${longest} characters`);
  return last;
}

describe('Maxim with huge and odd texts', () => {
  it('a 1 MB textarea: typing in its middle is analysed in a window around the caret; badge, no marks (beyond the mirror limit)', async () => {
    const setup: Setup = {
      fill: (chars) =>
        (
          window as unknown as { huge: { fillTextarea(c: number, s: number, e: number): number } }
        ).huge.fillTextarea(chars, 7, 200),
      fillArg: 1_048_576,
      // The caret at the end of a line in the middle, where the rep starts a new paragraph.
      caret: () => {
        const field = document.querySelector<HTMLTextAreaElement>('#big')!;
        const at = field.value.indexOf('\n', field.value.length / 2);
        field.focus();
        field.setSelectionRange(at, at);
      },
      caretArg: 0,
    };
    const off = await baseline(setup);
    const opened = await openHuge();
    const { ui, evaluate, errors, page } = opened;
    await recordAnalyses(session.worker);
    const on = await typeInto(opened, setup);
    const length = (await evaluate(
      () => document.querySelector<HTMLTextAreaElement>('#big')!.value.length,
      null,
    )) as number;
    console.log(`huge: 1 MB textarea (${length} characters): Maxim on ${on}; off ${off}`);
    expect(
      await eventually(async () => ((await ui.badgeCount()) ?? 0) >= 1, ANALYSIS_ATTEMPTS),
      'badge with a count',
    ).toBe(true);
    const last = await expectBoundedRequests(DELAY_DRAFT);
    // A text control beyond MIRROR_TEXT_LIMIT (200,000 characters, content/marks/overlay.ts) gets
    // no mirror and so no marks: laying out a mirror of 1 MB would stall the page. Badge and card work.
    expect(await ui.overlayMarks(), 'no marks on a 1 MB textarea').toBe(0);
    // The text typed is exactly where the caret was: nothing of the 1 MB is lost or moved.
    const around = (await evaluate(() => {
      const field = document.querySelector<HTMLTextAreaElement>('#big')!;
      return { length: field.value.length, caret: field.selectionStart };
    }, null)) as { length: number; caret: number };
    expect(around.length).toBe(length);
    expect(length).toBeGreaterThanOrEqual(1_048_576 + 1 + DELAY_DRAFT.length);
    expect(evidenceTexts(last).size).toBeGreaterThan(0);
    expect([...errors, ...(await fixtureErrors(evaluate))]).toEqual([]);
    await ui.detach();
    await page.close();
  });

  it('100,000 paragraphs in a contenteditable: only paragraphs near the caret are analysed and marked', async () => {
    const middle = 50_000;
    const setup: Setup = {
      fill: (count) =>
        (
          window as unknown as {
            huge: { fillParagraphs(c: number, s: number, e: number): number };
          }
        ).huge.fillParagraphs(count, 11, 500),
      fillArg: 100_000,
      caret: (at) => {
        const field = document.querySelector<HTMLElement>('#many')!;
        field.focus();
        const div = field.children[at]!;
        getSelection()!.collapse(div, div.childNodes.length);
      },
      caretArg: middle,
      paste: true,
    };
    const off = await baseline(setup);
    const opened = await openHuge();
    const { ui, evaluate, errors, page } = opened;
    await recordAnalyses(session.worker);
    const on = await typeInto(opened, setup);
    const count = (await evaluate(
      () => document.querySelector('#many')!.childElementCount,
      null,
    )) as number;
    expect(count).toBe(100_001);
    console.log(`huge: 100,000 paragraphs: Maxim on ${on}; off ${off}`);
    expect(
      await eventually(async () => ((await ui.badgeCount()) ?? 0) >= 1, ANALYSIS_ATTEMPTS),
      'badge with a count',
    ).toBe(true);
    const last = await expectBoundedRequests(DELAY_DRAFT);
    let marks: Awaited<ReturnType<typeof highlighted>> = [];
    expect(
      await eventually(async () => (marks = await highlighted(page, '#many')).length > 0),
      'marks drawn',
    ).toBe(true);
    // The typed paragraph is the one after `middle`; every delay paragraph (1 in 500) far from it
    // would be marked too if the whole text went to the engine.
    const typed = middle + 1;
    expect(marks.some((m) => m.paragraph === typed)).toBe(true);
    // About 48 characters a paragraph: the window reaches a few hundred paragraphs either side.
    const reach = Math.ceil(FULL_TEXT_LIMIT / 40);
    for (const mark of marks) expect(Math.abs(mark.paragraph - typed)).toBeLessThanOrEqual(reach);
    const evidence = evidenceTexts(last);
    for (const mark of marks) expect(evidence, `marked "${mark.text}"`).toContain(mark.text);
    console.log(
      `huge: ${marks.length} marks, paragraphs ${Math.min(...marks.map((m) => m.paragraph))}..${Math.max(...marks.map((m) => m.paragraph))}`,
    );
    expect([...errors, ...(await fixtureErrors(evaluate))]).toEqual([]);
    await ui.detach();
    await page.close();
  });

  it.each([
    {
      name: 'emoji and combining marks',
      field: 'odd',
      only: '👩🏽‍💻🎉🇩🇪 ẹ́̂ ñ̃ 🙂🙂 a\u0301\u0302\u0303 ❤️‍🔥',
      prefix: '🎉👩🏽‍💻 e\u0301\u0301 ',
    },
    {
      name: 'right-to-left text (Arabic, Hebrew)',
      field: 'rtl',
      only: 'مرحبا، شكرا لرسالتك. שלום, תודה על ההודעה.',
      prefix: 'مرحبا، שלום. ',
    },
  ])(
    '$name: alone it brings up nothing; with a draft after it, every mark is exactly its evidence',
    async ({ field, only, prefix }) => {
      const { page, ui, evaluate, errors } = await openHuge();
      await fieldCall(evaluate, field, 'focus');
      await recordAnalyses(session.worker);
      await page.keyboard.insertText(only);
      await page.keyboard.type(' ');
      expect(
        await eventually(async () => (await ui.badgeCount()) === 0, ANALYSIS_ATTEMPTS),
        'nothing to say about it',
      ).toBe(true);
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.insertText(prefix);
      await page.keyboard.type(DELAY_DRAFT);
      expect(
        await eventually(async () => ((await ui.badgeCount()) ?? 0) >= 1, ANALYSIS_ATTEMPTS),
        'badge with a count',
      ).toBe(true);
      const last = await expectBoundedRequests(DELAY_DRAFT);
      expect(last.text).toContain(prefix.trim());
      let marks: Awaited<ReturnType<typeof highlighted>> = [];
      expect(
        await eventually(async () => (marks = await highlighted(page, `#${field}`)).length > 0),
        'marks drawn',
      ).toBe(true);
      const evidence = evidenceTexts(last);
      for (const mark of marks) {
        expect(mark.inField).toBe(true);
        expect(evidence, `marked "${mark.text}"`).toContain(mark.text);
      }
      console.log(`huge: ${field}: marked ${JSON.stringify(marks.map((m) => m.text))}`);
      expect([...errors, ...(await fixtureErrors(evaluate))]).toEqual([]);
      await ui.detach();
      await page.close();
    },
  );

  it('a text that changes while its analysis is in flight: the stale answer is not shown', async () => {
    const { page, ui, evaluate, errors } = await openHuge();
    await fieldCall(evaluate, 'odd', 'focus');
    // Maxim runs on the field (its badge is there) before the rep types.
    expect(await eventually(async () => (await ui.badge()) !== null, ANALYSIS_ATTEMPTS)).toBe(true);
    // The worker holds the analysis of the whole draft for 2 s after it arrives.
    await recordAnalyses(session.worker, { text: DELAY_DRAFT, ms: 2000 });
    await page.keyboard.type(DELAY_DRAFT);
    // 350 ms pause, then the request: 1 s after the last key it is in flight. The page's script
    // then puts another text in, without an input event, as frameworks do.
    await page.waitForTimeout(1000);
    await evaluate((text) => {
      const field = document.querySelector<HTMLElement>('#odd')!;
      field.firstElementChild!.textContent = text;
    }, NEUTRAL_DRAFT);
    expect(
      await eventually(
        async () => (await recorded(session.worker)).some((r) => r.text === NEUTRAL_DRAFT),
        ANALYSIS_ATTEMPTS,
      ),
      'the new text is analysed once the old answer came back',
    ).toBe(true);
    const requests = await recorded(session.worker);
    console.log(`huge: in flight: ${requests.length} requests`);
    expect(requests.some((r) => r.text.includes(DELAY_DRAFT))).toBe(true);
    expect(
      await eventually(async () => (await ui.badgeCount()) === 0, ANALYSIS_ATTEMPTS),
      'the badge follows the new text',
    ).toBe(true);
    expect(await highlighted(page, '#odd'), 'no mark of the old text').toEqual([]);
    console.log(`huge: in flight: ${requests.length} requests`);
    expect([...errors, ...(await fixtureErrors(evaluate))]).toEqual([]);
    await ui.detach();
    await page.close();
  });
});
