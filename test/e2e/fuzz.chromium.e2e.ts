/**
 * Equivalence fuzzing in Chromium: in every fixture editor, one seeded list of edits by keyboard,
 * clipboard and IME runs in two tabs side by side, one on a CRM host where Maxim runs and one on a
 * host that is not known (Maxim's scripts never load there: the browser without Maxim, in the same
 * browser). Text, focus and selection must be the same after every edit, and neither page logs an
 * error. Paste is Ctrl+V after the clipboard was written; composition is the DevTools protocol's
 * `Input.imeSetComposition` and `Input.insertText`, as an IME drives the page.
 */
import type { CDPSession, Page } from 'playwright-core';
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
  NEXT_FRAME_EDITORS,
  NOT_REPEATABLE,
  OPEN_DIFFERENCES,
  opsFor,
  fuzzTestTimeout,
  readFieldState,
  runEquivalence,
  type FuzzDriver,
  type FuzzOp,
} from './support/fuzz';
import { DEMO_HOSTS, useChromium } from './support/harness';
import { MaximUi } from './support/maxim-ui';
import { eventually } from './support/scenarios';

const session = useChromium();
// Twice as many, so that an editor's list is as long once the edits it cannot repeat are out.
const ALL_OPS = fuzzOps(FUZZ_SEED, FUZZ_OPS * 2);

/** A fixture page with its field emptied and focused, driven by keyboard, clipboard and IME. */
async function openDriver(
  host: string,
  page: string,
  field: string | undefined,
  nextFrame: boolean,
): Promise<{ page: Page; driver: FuzzDriver; evaluate: PageEval }> {
  const url = session.server.url(host, `/fixtures/${page}.html`);
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(url).origin,
  });
  const tab = await session.context.newPage();
  await tab.addInitScript(FIXED_CLOCK_SCRIPT);
  await tab.goto(url);
  const evaluate: PageEval = (fn, arg) =>
    tab.evaluate(fn as (a: unknown) => unknown, arg as unknown);
  await readFieldState(evaluate, field, CLOCK_START);
  await fieldCall(evaluate, field, 'setText', '');
  await fieldCall(evaluate, field, 'focus');
  const cdp: CDPSession = await session.context.newCDPSession(tab);
  const keys = tab.keyboard;
  const driver: FuzzDriver = {
    async apply(op: FuzzOp) {
      switch (op.kind) {
        case 'type':
          return keys.type(op.text);
        case 'key':
          for (let i = 0; i < op.times; i += 1)
            await keys.press(op.shift ? `Shift+${op.key}` : op.key);
          return;
        case 'selectAll':
          return keys.press('Control+a');
        case 'undo':
          return keys.press('Control+z');
        case 'redo':
          return keys.press('Control+Shift+z');
        case 'paste':
          await tab.evaluate((text) => navigator.clipboard.writeText(text), op.text);
          return keys.press('Control+v');
        case 'ime':
          for (let i = 1; i <= op.text.length; i += 1) {
            const part = op.text.slice(0, i);
            await cdp.send('Input.imeSetComposition', {
              text: part,
              selectionStart: part.length,
              selectionEnd: part.length,
            });
          }
          await cdp.send('Input.insertText', { text: op.text });
          return;
      }
    },
    state: (now) => readFieldState(evaluate, field, now, nextFrame),
  };
  return { page: tab, driver, evaluate };
}

describe.each(
  EDITOR_CASES.filter(
    (e) =>
      e.name.includes(FUZZ_ONLY) &&
      // An editor whose every edit is an open difference is left out (MAXIM_FUZZ_ALL=1 runs it).
      (process.env.MAXIM_FUZZ_ALL === '1' ||
        !OPEN_DIFFERENCES[`chromium ${e.name}`]?.without.includes('')),
  ),
)('Maxim on and off give the same editing in Chromium: $name', (editor) => {
  it(
    `${FUZZ_OPS} seeded edits (seed ${FUZZ_SEED}) leave the same text, focus and selection`,
    async () => {
      const on = await openDriver(
        FUZZ_CONTROL ? DEMO_HOSTS.other : DEMO_HOSTS.crm,
        editor.page,
        editor.field,
        NEXT_FRAME_EDITORS.includes(editor.name),
      );
      const off = await openDriver(
        DEMO_HOSTS.other,
        editor.page,
        editor.field,
        NEXT_FRAME_EDITORS.includes(editor.name),
      );
      await runEquivalence(
        on.driver,
        off.driver,
        opsFor(
          ALL_OPS,
          FUZZ_OPS,
          NOT_REPEATABLE[editor.name],
          OPEN_DIFFERENCES[`chromium ${editor.name}`],
        ),
        {
          seed: FUZZ_SEED,
          editor: editor.name,
          // Both tabs share the browser's clipboard: one paste after the other.
          serial: (op) => op.kind === 'paste',
        },
      );
      // Maxim did run in the one tab: its badge is there, and the text is still the same.
      if (!FUZZ_CONTROL) {
        const ui = await MaximUi.on(on.page);
        expect(await eventually(async () => (await ui.badge()) !== null, 150)).toBe(true);
        await ui.detach();
      }
      expect(await on.driver.state()).toEqual(await off.driver.state());
      for (const tab of [on, off]) {
        expect([...session.errorsOn(tab.page), ...(await fixtureErrors(tab.evaluate))]).toEqual([]);
        await tab.page.close();
      }
    },
    fuzzTestTimeout(),
  );
});
