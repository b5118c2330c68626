/**
 * Equivalence fuzzing in Firefox ESR: the seeded edits of the Chromium suite (see
 * support/fuzz.ts) in two tabs side by side, one on a CRM host where Maxim runs and one on a host
 * that is not known (Maxim's scripts never load there). Paste is Ctrl+V after the clipboard was
 * written (the async Clipboard API, allowed without a click by a testing preference); WebDriver
 * BiDi has no IME, so no composition here. Lightning-like Quill is left out: Quill loses its caret
 * in Firefox's shadow roots by itself (its `firefox` limit in EDITOR_CASES).
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { EDITOR_CASES, fieldCall, fixtureErrors, type PageEval } from './support/editors';
import {
  CLOCK_START,
  FIXED_CLOCK_SCRIPT,
  FUZZ_CONTROL,
  FUZZ_ONLY,
  FUZZ_OPS,
  FUZZ_SEED,
  fuzzOps,
  NOT_REPEATABLE,
  opsFor,
  OPEN_DIFFERENCES,
  fuzzTestTimeout,
  readFieldState,
  runEquivalence,
  type FuzzDriver,
  type FuzzOp,
} from './support/fuzz';
import { DEMO_HOSTS, useFirefox } from './support/harness';
import { eventually } from './support/scenarios';

const session = useFirefox({ prefs: { 'dom.events.testing.asyncClipboard': true } });
// Twice as many, so that an editor's list is as long once the edits left out for it are out.
const ALL_OPS = fuzzOps(FUZZ_SEED, FUZZ_OPS * 2, { ime: false });

/** Presses a key with modifiers held. */
async function chord(page: Page, modifiers: ('Control' | 'Shift')[], key: string): Promise<void> {
  for (const m of modifiers) await page.keyboard.down(m);
  await page.keyboard.press(key as never);
  for (const m of [...modifiers].reverse()) await page.keyboard.up(m);
}

/** A fixture page with its field emptied and focused, driven by keyboard and clipboard. */
async function openDriver(
  host: string,
  name: string,
  field: string | undefined,
): Promise<{ page: Page; driver: FuzzDriver; evaluate: PageEval }> {
  // A window each: a background tab gets no animation frames, and the edits wait for the next one.
  const page = await session.newPage({
    type: 'window',
    windowBounds: { left: 0, top: 0, width: 1280, height: 800 },
  });
  await page.evaluateOnNewDocument(FIXED_CLOCK_SCRIPT);
  await page.goto(session.server.url(host, `/fixtures/${name}.html`));
  const evaluate: PageEval = (fn, arg) =>
    page.evaluate(fn as (a: unknown) => unknown, arg as unknown);
  await readFieldState(evaluate, field, CLOCK_START);
  await fieldCall(evaluate, field, 'setText', '');
  await fieldCall(evaluate, field, 'focus');
  const driver: FuzzDriver = {
    async apply(op: FuzzOp) {
      switch (op.kind) {
        case 'type':
          return page.keyboard.type(op.text);
        case 'key':
          return chord(page, op.shift ? ['Shift'] : [], op.key);
        case 'selectAll':
          return chord(page, ['Control'], 'a');
        case 'undo':
          return chord(page, ['Control'], 'z');
        case 'redo':
          return chord(page, ['Control', 'Shift'], 'z');
        case 'paste':
          await page.evaluate((text) => navigator.clipboard.writeText(text), op.text);
          return chord(page, ['Control'], 'v');
        case 'ime':
          throw new Error('WebDriver BiDi has no IME composition');
      }
    },
    state: (now) => readFieldState(evaluate, field, now),
  };
  return { page, driver, evaluate };
}

const CASES = EDITOR_CASES.filter(
  (e) =>
    e.firefox?.kind !== 'editor-keeps-no-caret' &&
    e.name.includes(FUZZ_ONLY) &&
    // An editor whose every edit is an open difference is left out (MAXIM_FUZZ_ALL=1 runs it).
    (process.env.MAXIM_FUZZ_ALL === '1' ||
      !OPEN_DIFFERENCES[`firefox ${e.name}`]?.without.includes('')),
);

describe.each(CASES)('Maxim on and off give the same editing in Firefox: $name', (editor) => {
  it(
    `${FUZZ_OPS} seeded edits (seed ${FUZZ_SEED}) leave the same text, focus and selection`,
    async () => {
      const on = await openDriver(
        FUZZ_CONTROL ? DEMO_HOSTS.other : DEMO_HOSTS.crm,
        editor.page,
        editor.field,
      );
      const off = await openDriver(DEMO_HOSTS.other, editor.page, editor.field);
      // A third window takes the focus, so that both pages are windows without it: Firefox moves
      // the caret differently in the focused window (Home, arrows), Maxim off as well.
      const blank = await session.newPage({ type: 'window' });
      await runEquivalence(
        on.driver,
        off.driver,
        opsFor(
          ALL_OPS,
          FUZZ_OPS,
          NOT_REPEATABLE[editor.name],
          OPEN_DIFFERENCES[`firefox ${editor.name}`],
        ),
        {
          seed: FUZZ_SEED,
          editor: editor.name,
          serial: (op) => op.kind === 'paste',
        },
      );
      if (!FUZZ_CONTROL) {
        // Maxim did run in the one tab: its host is in the page (Firefox cannot look inside it).
        expect(
          await eventually(
            async () =>
              (await on.page.evaluate(() => {
                // In the page or in one of its same-origin frames, nested ones too.
                const hasHost = (doc: Document): boolean =>
                  doc.querySelector('maxim-ui') !== null ||
                  [...doc.querySelectorAll('iframe')].some(
                    (frame) => frame.contentDocument !== null && hasHost(frame.contentDocument),
                  );
                return hasHost(document);
              })) === true,
            150,
          ),
        ).toBe(true);
      }
      expect(await on.driver.state()).toEqual(await off.driver.state());
      for (const tab of [on, off]) {
        expect([...session.errorsOn(tab.page), ...(await fixtureErrors(tab.evaluate))]).toEqual([]);
        await tab.page.close();
      }
      await blank.close();
    },
    fuzzTestTimeout(),
  );
});
