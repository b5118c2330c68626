/**
 * Churn: a reply field is mounted and removed 1,000 times (textarea, contenteditable and Quill in
 * turn, as a single-page app does from ticket to ticket); in every fifth the rep focuses it and
 * types (every other one of those is removed while it has focus), and in every fiftieth waits until Maxim has analysed and marked the draft. Afterwards
 * Maxim holds exactly what it held after the first field had gone: no more event listeners, no
 * more observed targets, no highlight, no further shadow host. The counts come from the test
 * build's probe (content/test-probe.ts), read in the content script's own world through the
 * DevTools protocol: the page cannot see them, and the release build has no probe.
 */
import type { CDPSession, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { ProbeCounts } from '../../content/test-probe';
import { CHROME_TEST_BUILD, DEMO_HOSTS, useChromium } from './support/harness';
import { eventually } from './support/scenarios';

const session = useChromium({ build: CHROME_TEST_BUILD });

const CYCLES = Number(process.env.MAXIM_CHURN_CYCLES ?? 1000);
const KINDS = ['textarea', 'contenteditable', 'quill'] as const;
const DRAFT = 'Unfortunately your delivery is delayed by two weeks. ';

/** The probe's counts, read in Maxim's isolated world of the page's main frame. */
async function probe(cdp: CDPSession, contexts: Map<number, string>): Promise<ProbeCounts | null> {
  for (const id of [...contexts.keys()].reverse()) {
    const reply = (await cdp
      .send('Runtime.evaluate', {
        contextId: id,
        expression: 'globalThis.__maximProbe?.counts() ?? null',
        returnByValue: true,
      })
      .catch(() => null)) as { result?: { value?: ProbeCounts | null } } | null;
    const value = reply?.result?.value;
    if (value) return value;
  }
  return null;
}

/** Mounts a field of the kind and focuses it (focus=false leaves it alone). */
async function mount(page: Page, kind: (typeof KINDS)[number], focus: boolean): Promise<void> {
  await page.evaluate(
    ([k, f]) => {
      window.churn.mount(k);
      if (f) window.churn.focus();
    },
    [kind, focus] as const,
  );
}

it(`${CYCLES} fields mounted and removed leave no listener, observer, highlight or host of Maxim behind`, async () => {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  // Maxim's isolated world of the main frame (the page's own world and other frames are not Maxim's).
  const contexts = new Map<number, string>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (
      context.name === 'Maxim' &&
      (context.auxData as { isDefault?: boolean })?.isDefault === false
    )
      contexts.set(context.id, String(context.auxData?.frameId));
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) =>
    contexts.delete(executionContextId),
  );
  await cdp.send('Runtime.enable');
  await page.goto(session.server.url(DEMO_HOSTS.crm, '/fixtures/churn.html'));
  const counts = () => probe(cdp, contexts);

  /** One field: mounted, focused and typed in when asked, analysed when asked, removed. */
  const cycle = async (i: number, analysed: boolean) => {
    const kind = KINDS[i % KINDS.length]!;
    const typed = analysed || i % 5 === 0;
    await mount(page, kind, typed);
    if (typed) await page.keyboard.type(analysed ? DRAFT : 'ok ');
    if (analysed) {
      // Marks drawn: highlights in rich fields, overlay marks (no highlight) in the textarea.
      const marked = await eventually(
        async () => kind === 'textarea' || ((await counts())?.highlightRanges ?? 0) > 0,
        150,
      );
      expect(marked, `Maxim marked the draft in the ${kind} of cycle ${i}`).toBe(true);
    }
    // Half the fields the rep typed in go while they still have focus (the app removes them).
    await page.evaluate((focused) => window.churn.unmount(focused), typed && i % 10 === 0);
  };

  // The first field is a contenteditable: the baseline is taken once its marks are drawn.
  await cycle(1, true);
  // What Maxim keeps while it runs on the page with no field: the baseline to come back to.
  let baseline: ProbeCounts | null = null;
  expect(
    await eventually(async () => {
      const before = JSON.stringify(await counts());
      await new Promise((resolve) => setTimeout(resolve, 300));
      const now = await counts();
      baseline = now;
      return now !== null && JSON.stringify(now) === before;
    }, 50),
  ).toBe(true);
  const start = baseline as unknown as ProbeCounts;
  expect(start.highlights + start.highlightRanges).toBe(0);

  for (let i = 2; i <= CYCLES; i += 1) await cycle(i, i % 50 === 0);

  let after: ProbeCounts | null = null;
  const settled = await eventually(async () => {
    after = await counts();
    return JSON.stringify(after) === JSON.stringify(start);
  }, 100);
  console.log(
    `churn: ${CYCLES} fields; baseline ${JSON.stringify(start)}; after ${JSON.stringify(after)}`,
  );
  expect(after).toEqual(start);
  expect(settled).toBe(true);
  expect(start.hosts).toBeLessThanOrEqual(1);
  expect(session.errorsOn(page)).toEqual([]);
  await page.close();
}, 600_000);
