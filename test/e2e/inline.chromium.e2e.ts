/** The inline experience in Chromium with the built extension, in every fixture editor. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  DELAY_DRAFT,
  DELAY_PRINCIPLE,
  EDITOR_CASES,
  NEUTRAL_DRAFT,
  SEED_PRINCIPLES,
  fieldCall,
  fieldText,
  fillByKeyboard,
  firstPhrasing,
  fixtureErrors,
  squash,
  type EditorCase,
  type PageEval,
} from './support/editors';
import { MaximUi } from './support/maxim-ui';
import { DEMO_HOSTS, useChromium } from './support/harness';
import { eventually } from './support/scenarios';

/** Polls for up to 15 s where an analysis must have run: the first one compiles the principles. */
const ANALYSIS_ATTEMPTS = 150;

const session = useChromium();

/** A fixture page with Maxim's UI driver and everything the page logged as an error. */
async function openEditor(
  editor: EditorCase,
): Promise<{ page: Page; ui: MaximUi; evaluate: PageEval; errors: string[] }> {
  const page = await session.context.newPage();
  await page.goto(session.server.url(DEMO_HOSTS.crm, `/fixtures/${editor.page}.html`));
  const evaluate: PageEval = (fn, arg) =>
    page.evaluate(fn as (a: unknown) => unknown, arg as unknown);
  await fieldCall(evaluate, editor.field, 'setText', '');
  await fieldCall(evaluate, editor.field, 'focus');
  return { page, ui: await MaximUi.on(page), evaluate, errors: session.errorsOn(page) };
}

/** Selects everything in the focused editor and types `text` over it, as a rep would. */
async function typeOver(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

/** Maxim's highlights in the page's own world (every frame), or overlay marks in its shadow root. */
async function evidenceMarks(
  page: Page,
  ui: MaximUi,
): Promise<{ highlights: number; overlay: number }> {
  let highlights = 0;
  for (const frame of page.frames()) {
    highlights += await frame
      .evaluate(() => {
        const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
        let ranges = 0;
        registry?.forEach((h, name) => {
          if (name.startsWith('maxim-')) ranges += h.size;
        });
        return ranges;
      })
      .catch(() => 0);
  }
  return { highlights, overlay: await ui.overlayMarks() };
}

async function openCard(ui: MaximUi): Promise<void> {
  const badge = await ui.badge();
  if (!badge) throw new Error('no badge to click');
  await ui.click(badge);
  expect(await eventually(async () => (await ui.card()) !== null)).toBe(true);
}

describe.each(EDITOR_CASES)('Maxim inline in $name', (editor) => {
  it('counts, marks and explains the delay principle; Replace sentence with the fields filled goes into the model and Ctrl+Z brings the draft back; a neutral text gets no seed principle', async () => {
    const { page, ui, evaluate, errors } = await openEditor(editor);
    await page.keyboard.type(DELAY_DRAFT);
    expect(
      await eventually(async () => ((await ui.badgeCount()) ?? 0) >= 1, ANALYSIS_ATTEMPTS),
      'badge with a count',
    ).toBe(true);

    let marks = { highlights: 0, overlay: 0 };
    expect(
      await eventually(async () => {
        marks = await evidenceMarks(page, ui);
        return marks.highlights + marks.overlay > 0;
      }),
      'evidence marked',
    ).toBe(true);
    console.log(`${editor.name}: badge ${await ui.badgeCount()}, marks ${JSON.stringify(marks)}`);

    await openCard(ui);
    expect(await ui.cardPrinciples()).toContain(DELAY_PRINCIPLE);
    const toggle = await ui.action(DELAY_PRINCIPLE, 'toggle');
    if (toggle?.attributes['aria-expanded'] !== 'true') await ui.click(toggle!);
    const before = await fieldText(evaluate, editor.field);
    // A rep reads the card before choosing. Quill (1 s), ProseMirror (0.5 s) and Lexical
    // merge edits closer together than that into one undo step with the typing before them.
    await page.waitForTimeout(1100);
    // Tab from the text into the card's first fill-in field; fill them in; Enter on Replace.
    await page.keyboard.press('Tab');
    const phrasing = squash(
      await fillByKeyboard(page.keyboard, await firstPhrasing(DELAY_PRINCIPLE)),
    );
    expect(await ui.focusedAction(), 'focus on Replace after the fields').toBe('replace');
    await page.keyboard.press('Enter');
    expect(
      await eventually(async () =>
        squash(await fieldText(evaluate, editor.field)).includes(phrasing),
      ),
      'phrasing in the model',
    ).toBe(true);
    // The rep's sentence is gone, replaced in place; the card stays and says what happened.
    expect(squash(await fieldText(evaluate, editor.field))).not.toContain('delayed by two weeks');
    expect(
      await eventually(
        async () => (await ui.query((el) => 'data-toast' in el.attributes)).length > 0,
      ),
      'a toast says it was replaced',
    ).toBe(true);

    await page.keyboard.press('ControlOrMeta+z');
    expect(
      await eventually(
        async () => !squash(await fieldText(evaluate, editor.field)).includes(phrasing),
      ),
      'undo removes the phrasing',
    ).toBe(true);
    expect(squash(await fieldText(evaluate, editor.field))).toBe(squash(before));
    await page.keyboard.press('Escape');
    expect(await eventually(async () => (await ui.card()) === null)).toBe(true);

    await typeOver(page, NEUTRAL_DRAFT);
    expect(
      await eventually(async () => (await ui.badgeCount()) === 0, ANALYSIS_ATTEMPTS),
      'nothing to say',
    ).toBe(true);
    await openCard(ui);
    expect((await ui.cardPrinciples()).filter((id) => SEED_PRINCIPLES.includes(id))).toEqual([]);
    await page.keyboard.press('Escape');

    expect([...errors, ...(await fixtureErrors(evaluate))]).toEqual([]);
    await ui.detach();
    await page.close();
  });
});
