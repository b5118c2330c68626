/**
 * The shared inline scenario in Firefox ESR with the built extension, in every fixture editor (the
 * same list as the Chromium suite): type a draft, badge, card by click, Insert by keyboard,
 * the phrasing read back through the editor's own API, one Ctrl+Z gives exactly the draft back,
 * typing goes on, no page error. Firefox has no way into Maxim's closed shadow root, so the badge is
 * found where the page finds it (the host at the field's corner) and the card is driven by keys.
 * The evidence marks are not checked here: Firefox keeps a content script's highlights apart from
 * what the page's `CSS.highlights` lists, and a textarea's marks are inside the closed root.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import {
  DELAY_DRAFT,
  DELAY_PRINCIPLE,
  EDITOR_CASES,
  NEUTRAL_DRAFT,
  fieldCall,
  fieldText,
  fillByKeyboard,
  firstPhrasing,
  fixtureErrors,
  squash,
  type EditorCase,
  type PageEval,
} from './support/editors';
import { DEMO_HOSTS, useFirefox } from './support/harness';
import { eventually } from './support/scenarios';

/** Polls for up to 15 s where an analysis must have run: the first one compiles the principles. */
const ANALYSIS_ATTEMPTS = 150;

const session = useFirefox();

/**
 * A point on Maxim's badge at the bottom-right corner of the focused field's visible part, in the
 * top document: the focused element is followed through frames and open shadow roots, its box is
 * clipped by each frame's viewport and the top one (a field in a frame inside a frame may reach
 * below the window, and the badge stays where the rep sees the field), and the element at the
 * point must be Maxim's host, as the page sees it. Null when no badge is there.
 */
function badgeOnFocusedField(evaluate: PageEval): Promise<{ x: number; y: number } | null> {
  return evaluate(() => {
    // The documents from the top to the field's, each with its offset in the top document.
    const path: { doc: Document; dx: number; dy: number }[] = [{ doc: document, dx: 0, dy: 0 }];
    let active: Element | null = document.activeElement;
    let frameBox: { right: number; bottom: number } | null = null;
    // What the rep can see, in the top document: its window, then each frame's viewport within it.
    const clip = { right: window.innerWidth, bottom: window.innerHeight };
    for (;;) {
      const here = path[path.length - 1]!;
      // By name: a frame inside a frame is an element of its parent frame's realm, not of this one.
      const frame = active?.localName === 'iframe' ? (active as HTMLIFrameElement) : null;
      const inner = frame?.contentDocument;
      if (frame && inner) {
        const box = frame.getBoundingClientRect();
        const dx = here.dx + box.left + frame.clientLeft;
        const dy = here.dy + box.top + frame.clientTop;
        frameBox = { right: dx + frame.clientWidth, bottom: dy + frame.clientHeight };
        clip.right = Math.min(clip.right, frameBox.right);
        clip.bottom = Math.min(clip.bottom, frameBox.bottom);
        path.push({ doc: inner, dx, dy });
        active = inner.activeElement;
      } else if (active?.shadowRoot?.activeElement) {
        active = active.shadowRoot.activeElement;
      } else break;
    }
    if (!active) return null;
    const { dx, dy } = path[path.length - 1]!;
    // A frame whose body is the field (TinyMCE, CKEditor 4): the field's box is the frame's.
    const rect = active.localName === 'body' && frameBox ? null : active.getBoundingClientRect();
    const right = Math.min(rect ? rect.right + dx : frameBox!.right, clip.right);
    const bottom = Math.min(rect ? rect.bottom + dy : frameBox!.bottom, clip.bottom);
    const hits: { x: number; y: number }[] = [];
    for (let x = 4; x <= 40; x += 2) {
      for (let y = 4; y <= 30; y += 2) {
        const point = { x: right - x, y: bottom - y };
        // Maxim draws a frame's badge in the top document or in one of the frames on the way.
        const onBadge = path.some(
          (step) =>
            step.doc.elementFromPoint(point.x - step.dx, point.y - step.dy)?.localName ===
            'maxim-ui',
        );
        if (onBadge) hits.push(point);
      }
    }
    if (hits.length === 0) return null;
    return {
      x: hits.reduce((sum, p) => sum + p.x, 0) / hits.length,
      y: hits.reduce((sum, p) => sum + p.y, 0) / hits.length,
    };
  }, null) as Promise<{ x: number; y: number } | null>;
}

/** Presses a key with Ctrl held. */
async function withControl(page: Page, key: 'KeyA' | 'KeyZ'): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press(key);
  await page.keyboard.up('Control');
}

/**
 * The editors that take Maxim's text in Firefox only since its paste carries text the page can
 * read (content/editors/input-routes.ts) also run the scenario with Insert at the caret, a
 * different edit from a replace (Slate re-enters the character before the caret, the others paste
 * at a collapsed selection, into their own undo history).
 */
const CARET_INSERT_EDITORS = new Set(['tinymce', 'draftjs', 'slate', 'trix', 'roosterjs']);

/**
 * The shared scenario in one editor: `replace` puts the phrasing over the sentence its evidence
 * sits in, `insert` puts it at the caret (the end of the draft) with the card's Insert.
 */
async function inlineScenario(editor: EditorCase, action: 'replace' | 'insert'): Promise<void> {
  const page: Page = await session.newPage();
  const errors = session.errorsOn(page);
  await page.goto(session.server.url(DEMO_HOSTS.crm, `/fixtures/${editor.page}.html`));
  const evaluate: PageEval = (fn, arg) =>
    page.evaluate(fn as (a: unknown) => unknown, arg as unknown);
  await fieldCall(evaluate, editor.field, 'setText', '');
  await fieldCall(evaluate, editor.field, 'focus');
  await page.keyboard.type(DELAY_DRAFT);

  let point: { x: number; y: number } | null = null;
  if (editor.firefox?.kind === 'editor-keeps-no-caret') {
    // Known limit of the editor (see EDITOR_CASES): the text is what it gives with Maxim off.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const rotated = `${DELAY_DRAFT.slice(1)}${DELAY_DRAFT.charAt(0)}`;
    expect(squash(await fieldText(evaluate, editor.field))).toBe(squash(rotated));
    expect([...errors, ...(await fixtureErrors(evaluate))]).toEqual([]);
    await page.close();
    return;
  }
  expect(
    await eventually(async () => {
      point = await badgeOnFocusedField(evaluate);
      return point !== null;
    }, ANALYSIS_ATTEMPTS),
    'badge at the corner',
  ).toBe(true);
  const draft = await fieldText(evaluate, editor.field);
  expect(squash(draft)).toBe(squash(DELAY_DRAFT));
  // A rep reads the card before choosing Insert. Quill (1 s), ProseMirror (0.5 s) and Lexical
  // merge edits closer together than that into one undo step with the typing before them.
  await new Promise((resolve) => setTimeout(resolve, 1100));
  point = await badgeOnFocusedField(evaluate);
  expect(point, 'a point on the badge').not.toBeNull();
  await page.mouse.click(point!.x, point!.y);
  await new Promise((resolve) => setTimeout(resolve, 300));

  // Tab enters the card at the best principle's first fill-in field; the rep fills the fields
  // in, Tabs on to Replace sentence (and once more to Insert), and Enter replaces the sentence
  // the evidence sits in (or inserts at the caret).
  await page.keyboard.press('Tab');
  const phrasing = squash(
    await fillByKeyboard(page.keyboard, await firstPhrasing(DELAY_PRINCIPLE)),
  );
  if (action === 'insert') await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  expect(
    await eventually(async () =>
      squash(await fieldText(evaluate, editor.field)).includes(phrasing),
    ),
    `phrasing in the model (now: ${await fieldText(evaluate, editor.field)})`,
  ).toBe(true);
  const inserted = squash(await fieldText(evaluate, editor.field));
  if (action === 'replace') expect(inserted).not.toContain('delayed by two weeks');
  else
    expect([inserted.startsWith(squash(draft)), inserted.endsWith(phrasing)]).toEqual([true, true]);

  await withControl(page, 'KeyZ');
  expect(
    await eventually(
      async () => !squash(await fieldText(evaluate, editor.field)).includes(phrasing),
    ),
    'undo removes the phrasing',
  ).toBe(true);
  expect(squash(await fieldText(evaluate, editor.field))).toBe(squash(draft));

  await withControl(page, 'KeyA');
  await page.keyboard.type(NEUTRAL_DRAFT);
  expect(
    await eventually(
      async () => squash(await fieldText(evaluate, editor.field)) === squash(NEUTRAL_DRAFT),
    ),
    'typing goes on into the model',
  ).toBe(true);

  expect([...errors, ...(await fixtureErrors(evaluate))]).toEqual([]);
  await page.close();
}

describe.each(EDITOR_CASES)('Maxim inline in Firefox: $name', (editor) => {
  it('badge, marks, card, Replace sentence into the model, one Ctrl+Z back to the exact draft, typing goes on', () =>
    inlineScenario(editor, 'replace'));
  if (CARET_INSERT_EDITORS.has(editor.name))
    it('Insert at the caret into the model, one Ctrl+Z back to the exact draft, typing goes on', () =>
      inlineScenario(editor, 'insert'));
});

it('a page whose DataTransfer.prototype.setData throws: Replace is refused, the draft is kept, no page error', async () => {
  const page: Page = await session.newPage();
  const errors = session.errorsOn(page);
  await page.goto(session.server.url(DEMO_HOSTS.crm, '/fixtures/draftjs.html'));
  const evaluate: PageEval = (fn, arg) =>
    page.evaluate(fn as (a: unknown) => unknown, arg as unknown);
  await evaluate(() => {
    const calls = { setData: 0 };
    Object.assign(window, { calls });
    DataTransfer.prototype.setData = () => {
      calls.setData += 1;
      throw new Error('setData is not for you');
    };
  }, null);
  await fieldCall(evaluate, undefined, 'setText', '');
  await fieldCall(evaluate, undefined, 'focus');
  await page.keyboard.type(DELAY_DRAFT);
  let point: { x: number; y: number } | null = null;
  expect(
    await eventually(async () => {
      point = await badgeOnFocusedField(evaluate);
      return point !== null;
    }, ANALYSIS_ATTEMPTS),
  ).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 600));
  point = await badgeOnFocusedField(evaluate);
  await page.mouse.click(point!.x, point!.y);
  await new Promise((resolve) => setTimeout(resolve, 300));
  await page.keyboard.press('Tab');
  await fillByKeyboard(page.keyboard, await firstPhrasing(DELAY_PRINCIPLE));
  await page.keyboard.press('Enter');
  // Maxim's paste called the page's setData, which threw; the paste reached Draft.js without
  // text the page may read, and no other route is tried after it.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(
    await evaluate(() => (window as unknown as { calls: { setData: number } }).calls.setData, null),
  ).toBeGreaterThan(0);
  expect(await fieldText(evaluate, undefined)).toBe(DELAY_DRAFT);
  expect([...errors, ...(await fixtureErrors(evaluate))]).toEqual([]);
  await page.close();
});

describe('the writing coach in Firefox', () => {
  /** A fixture page with `draft` typed into `field`, once Maxim's badge is at the field's corner. */
  async function typed(pageName: string, field: string, draft: string) {
    const page: Page = await session.newPage();
    const errors = session.errorsOn(page);
    await page.goto(session.server.url(DEMO_HOSTS.crm, `/fixtures/${pageName}.html`));
    const evaluate: PageEval = (fn, arg) =>
      page.evaluate(fn as (a: unknown) => unknown, arg as unknown);
    await fieldCall(evaluate, field, 'setText', '');
    await fieldCall(evaluate, field, 'focus');
    await page.keyboard.type(draft);
    expect(
      await eventually(
        async () => (await badgeOnFocusedField(evaluate)) !== null,
        ANALYSIS_ATTEMPTS,
      ),
    ).toBe(true);
    // The analysis after the last key has settled.
    await new Promise((resolve) => setTimeout(resolve, 600));
    return { page, errors, evaluate };
  }

  /**
   * With the card open, Tab into the active principle's phrasing, fill its fields, Enter: the
   * phrasing of `principle` must replace a sentence. Returns the field's text after it.
   */
  async function replaceWith(
    page: Page,
    evaluate: PageEval,
    field: string,
    principle: string,
  ): Promise<string> {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await page.keyboard.press('Tab');
    const phrasing = squash(
      await fillByKeyboard(page.keyboard, await firstPhrasing(principle, false)),
    );
    await page.keyboard.press('Enter');
    expect(
      await eventually(async () => squash(await fieldText(evaluate, field)).includes(phrasing)),
      `${principle}'s phrasing in the text`,
    ).toBe(true);
    return fieldText(evaluate, field);
  }

  it('a click on an underlined phrase opens its principle: Replace goes to that sentence', async () => {
    const { page, errors, evaluate } = await typed(
      'contenteditable',
      'body',
      `Hi Tom,\n${DELAY_DRAFT} We will get back to you asap.`,
    );
    // Where "asap" is drawn, as the page itself can measure its own text.
    const at = (await evaluate(() => {
      const body = document.querySelector('[data-fixture-field="body"]')!;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const i = node.textContent?.indexOf('asap') ?? -1;
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(node, i + 1);
        range.setEnd(node, i + 3);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      return null;
    }, null)) as { x: number; y: number } | null;
    expect(at, 'asap on the page').not.toBeNull();
    await page.mouse.click(at!.x, at!.y);
    // The card opened on give-a-concrete-time, so its phrasing replaces the "asap" sentence.
    const now = squash(await replaceWith(page, evaluate, 'body', 'give-a-concrete-time'));
    expect(now).not.toContain('asap');
    expect(now).toContain(squash(DELAY_DRAFT));
    expect([...errors, ...(await fixtureErrors(evaluate))]).toEqual([]);
    await page.close();
  });

  it("offers what the draft still needs, not what it already does: Replace goes to the open principle's sentence", async () => {
    // Owns the delay and gives the new plan (done), but promises "asap" (still open).
    const { page, errors, evaluate } = await typed(
      'textarea',
      'message',
      "Hi Tom,\nwe missed the date we promised, and that's on us. The new plan: your order leaves with the next shipment. We will get back to you asap.",
    );
    const point = await badgeOnFocusedField(evaluate);
    await page.mouse.click(point!.x, point!.y);
    // The card opens on the open principle (a greeting: the customer's phrasing).
    const now = await replaceWith(page, evaluate, 'message', 'give-a-concrete-time');
    expect(now).not.toContain('asap');
    // The sentence that already does what own-mistakes-openly asks is left as the rep wrote it.
    expect(now).toContain("we missed the date we promised, and that's on us.");
    expect([...errors, ...(await fixtureErrors(evaluate))]).toEqual([]);
    await page.close();
  });
});

it('made no network request', () => {
  expect(session.requests.offMachine(session.server.port)).toEqual([]);
});
