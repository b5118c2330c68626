/** The inline experience in Firefox with the built extension: badge, card by click, Insert by keyboard. */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import {
  DELAY_DRAFT,
  DELAY_PRINCIPLE,
  badgePoint,
  fieldCall,
  fieldText,
  firstPhrasing,
  fixtureErrors,
  squash,
  type PageEval,
} from './support/editors';
import { DEMO_HOSTS, useFirefox } from './support/harness';
import { badgeVisibleOn, eventually } from './support/scenarios';

const session = useFirefox();

/** Editors tested in Firefox, with the selector of the element the rep types into. */
const FIREFOX_CASES = [
  { name: 'textarea', page: 'textarea', field: 'message', selector: '#reply' },
  {
    name: 'contenteditable',
    page: 'contenteditable',
    field: 'body',
    selector: '[data-fixture-field="body"]',
  },
  { name: 'quill', page: 'quill', field: undefined, selector: '#editor .ql-editor' },
  {
    name: 'tiptap',
    page: 'tiptap',
    field: undefined,
    selector: '#editor [contenteditable="true"]',
  },
  { name: 'ckeditor5', page: 'ckeditor5', field: undefined, selector: '.ck-editor__editable' },
  { name: 'lexical', page: 'lexical', field: undefined, selector: '#editor' },
];

describe.each(FIREFOX_CASES)('Maxim inline in Firefox: $name', (editor) => {
  it('shows the badge, opens the card by click, and inserts the phrasing by keyboard', async () => {
    const page: Page = await session.newPage();
    const errors = session.errorsOn(page);
    await page.goto(session.server.url(DEMO_HOSTS.crm, `/fixtures/${editor.page}.html`));
    const evaluate: PageEval = (fn, arg) =>
      page.evaluate(fn as (a: unknown) => unknown, arg as unknown);
    await fieldCall(evaluate, editor.field, 'setText', '');
    await fieldCall(evaluate, editor.field, 'focus');
    await page.keyboard.type(DELAY_DRAFT);
    expect(
      await eventually(() => badgeVisibleOn(page, editor.selector)),
      'badge at the corner',
    ).toBe(true);

    // Give the analysis its pause, then open the card with the mouse: the editor keeps focus.
    await new Promise((resolve) => setTimeout(resolve, 800));
    const point = await badgePoint(evaluate, editor.selector);
    expect(point, 'a point on the badge').not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await new Promise((resolve) => setTimeout(resolve, 300));

    // Tab enters the card at the best principle's Insert; Enter inserts.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const phrasing = squash(await firstPhrasing(DELAY_PRINCIPLE));
    expect(
      await eventually(async () =>
        squash(await fieldText(evaluate, editor.field)).includes(phrasing),
      ),
      'phrasing in the model',
    ).toBe(true);
    expect(squash(await fieldText(evaluate, editor.field))).toContain(squash(DELAY_DRAFT));

    expect([...errors, ...(await fixtureErrors(evaluate))]).toEqual([]);
    await page.close();
  });
});

it('made no network request', () => {
  expect(session.requests.offMachine(session.server.port)).toEqual([]);
});
