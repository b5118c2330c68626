/**
 * The editor fixture pages themselves (test/fixtures, built into dist/fixtures), in Chromium without
 * Maxim: each page loads without errors or requests off the machine and names itself, and in every
 * field the `window.fixture` hook the other suites drive holds its promises: focus() puts the caret
 * at the end, typed words land there, Ctrl+Z takes them out and setText() replaces the text.
 * Screenshots of the pages go to .screenshots/fixture-<page>.png for people to look at.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fieldCall, fieldText, fixtureErrors, type PageEval } from './support/editors';
import { DEMO_HOSTS, useChromium } from './support/harness';

const SHOTS = resolve(import.meta.dirname, '../../.screenshots');

/** Each fixture page and the name its script publishes (the Gmail-like reply reuses the contenteditable script). */
const PAGES: [page: string, script: string][] = [
  ['textarea', 'textarea'],
  ['contenteditable', 'contenteditable'],
  ['ckeditor5', 'ckeditor5'],
  ['tinymce', 'tinymce'],
  ['quill', 'quill'],
  ['tiptap', 'tiptap'],
  ['lexical', 'lexical'],
  ['draftjs', 'draftjs'],
  ['iframe', 'iframe'],
  ['shadow', 'shadow'],
  ['gmail-reply', 'contenteditable'],
  ['outlook-reply', 'contenteditable'],
];

const TYPED = ' Hello world';
const SECOND_DRAFT = 'Second draft.\nIt has two lines.';

/** White space collapsed, so editors that pad with newlines or NBSP compare equal. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Lets the page finish work it queued from a key event: Draft.js, for one, applies Ctrl+Z in a
 * setTimeout after the keydown. One frame and one task drain that without a wall-clock wait.
 */
const settle = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))),
  );

/** Types at the end of one field, undoes it, and sets a two-line text through the hook. */
async function checkField(
  page: Page,
  evaluate: PageEval,
  field: string | undefined,
): Promise<void> {
  const label = field ?? 'fixture';
  const before = await fieldText(evaluate, field);
  await fieldCall(evaluate, field, 'focus');
  await page.keyboard.type(TYPED);
  await settle(page);
  expect(squash(await fieldText(evaluate, field)), `${label}: typing lands at the end`).toBe(
    squash(`${before}${TYPED}`),
  );

  await page.keyboard.press('Control+z');
  await settle(page);
  const undone = await fieldText(evaluate, field);
  expect(undone, `${label}: Ctrl+Z takes the typing out`).not.toContain(TYPED.trim());
  expect(squash(undone), `${label}: Ctrl+Z restores the text`).toBe(squash(before));

  await fieldCall(evaluate, field, 'setText', SECOND_DRAFT);
  const set = await fieldText(evaluate, field);
  expect(set, `${label}: setText applied`).toContain('Second draft.');
  expect(set, `${label}: setText applied`).toContain('It has two lines.');
  if (squash(before) !== '')
    expect(squash(set), `${label}: setText replaced the old text`).not.toContain(squash(before));
}

const session = useChromium({ maxim: false, viewport: { width: 1100, height: 800 } });

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

describe('the editor fixture pages', () => {
  it.each(PAGES)(
    '%s loads cleanly, names itself, and types, undoes and sets text in every field',
    async (name, script) => {
      const page = await session.context.newPage();
      await page.goto(session.server.url(DEMO_HOSTS.email, `/fixtures/${name}.html`));
      await page.waitForFunction(
        () => (window as unknown as { fixture?: object }).fixture !== undefined,
        null,
        { timeout: 10_000 },
      );
      // A guard against a hung editor, not a speed requirement.
      await page.evaluate(() =>
        Promise.race([
          window.fixture.ready,
          new Promise((_, reject) =>
            setTimeout(() => reject(new Error('fixture.ready hung')), 30_000),
          ),
        ]),
      );
      const info = await page.evaluate(() => ({
        name: window.fixture.name,
        title: document.title,
        fields: window.fixture.fields ? Object.keys(window.fixture.fields) : null,
      }));
      expect(info.name).toBe(script);
      expect(info.title).toMatch(/^Maxim fixture: /);
      await page.screenshot({ path: resolve(SHOTS, `fixture-${name}.png`), fullPage: true });

      const evaluate: PageEval = (fn, arg) =>
        page.evaluate(fn as (a: unknown) => unknown, arg as unknown);
      for (const field of info.fields ?? [undefined]) await checkField(page, evaluate, field);

      expect([...session.errorsOn(page), ...(await fixtureErrors(evaluate))]).toEqual([]);
      await page.close();
    },
  );

  it('made no network request', () => {
    expect(session.requests.seen.length).toBeGreaterThan(0);
    expect(session.requests.offMachine(session.server.port)).toEqual([]);
  });
});
