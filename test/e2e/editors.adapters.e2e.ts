/**
 * The editor adapters (content/editors) in real Chromium and Firefox, against the fixture pages
 * built from the real editors: every field is typed into with the keyboard, read back, ranged,
 * inserted into at the caret and over a span, and undone with Ctrl+Z, checking each step in the
 * editor's own model (`window.fixture`). Run `npm run build:fixtures` first.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  adapterBundle,
  chromiumFixtures,
  firefoxFixtures,
  frameAt,
  injectAdapters,
  inPage,
  type AnyFrame,
  type OpenPage,
  type Session,
} from './support/adapter-harness';
import { useChromium, useFirefox } from './support/harness';

/** One field on a fixture page and what the adapter registry should make of it. */
interface EditorCase {
  title: string;
  page: string;
  /** iframe selectors from the top document to the field's frame. */
  iframes?: string[];
  /** Selectors to the field, each after the first inside the previous element's shadow root. */
  path: string[];
  /** The fixture's field name; the page's primary field when absent. */
  field?: string;
  kind: string;
  /** How the editor's own getText() separates blocks (Tiptap, Lexical and TinyMCE put a blank line between). */
  separator?: '\n' | '\n\n';
  /** A one-line input: no Enter, newlines become spaces. */
  singleLine?: boolean;
}

const PHRASE = 'Here is what happened and what we do next.';
const DRAFT_END = 'We will refund the shipping costs today. ';

/** The fixture's model text for the case's field, read through the editor's own API. */
function modelText(top: AnyFrame, field: string | undefined): Promise<string> {
  return top.evaluate(
    (name) => (name ? (window.fixture.fields?.[name] ?? window.fixture) : window.fixture).getText(),
    field ?? null,
  );
}

/** Focuses the field through the fixture (caret at the end of its text). */
function focusField(top: AnyFrame, field: string | undefined): Promise<void> {
  return top.evaluate(
    (name) => (name ? (window.fixture.fields?.[name] ?? window.fixture) : window.fixture).focus(),
    field ?? null,
  );
}

/**
 * The non-empty lines of a text, NBSP as space, without trailing white space. Empty lines are left
 * out because the fixtures' own getText() counts them differently: innerText (the plain
 * contenteditable) makes two lines of `<div><br></div>`, CKEditor's data an NBSP line.
 */
function lines(text: string, separator: string): string[] {
  return text
    .replace(/\u00a0/g, ' ')
    .split(separator)
    .map((line) => line.replace(/\s+$/, ''))
    .filter((line) => line !== '');
}

/** The model text with white space tidied, for `contains` checks. */
async function model(top: AnyFrame, field: string | undefined): Promise<string> {
  return (await modelText(top, field)).replace(/\u00a0/g, ' ');
}

/** Polls the model until the check holds (editors apply some changes on a later task). */
async function modelEventually(
  top: AnyFrame,
  field: string | undefined,
  check: (text: string) => boolean,
): Promise<string> {
  let text = '';
  for (let i = 0; i < 40; i += 1) {
    text = await model(top, field);
    if (check(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return text;
}

/** Types the rep's draft at the end of the field: a sentence, then a new paragraph. */
async function typeDraft(page: OpenPage, editor: EditorCase): Promise<void> {
  await page.type(' I checked the order.');
  if (editor.singleLine) await page.type(' ');
  else await page.press('Enter');
  await page.type(DRAFT_END);
}

/** The frame the adapters run in: the field's frame, or the top frame's isolated world. */
async function adapterFrame(
  page: OpenPage,
  editor: EditorCase,
  world: 'page' | 'isolated',
): Promise<AnyFrame> {
  if (world === 'page') return frameAt(page.top, editor.iframes ?? []);
  if (!page.isolatedWorld) throw new Error('isolated worlds: Chromium only');
  const frame = await page.isolatedWorld(editor.iframes ?? []);
  // The proof that it is isolated: the page's own objects are not there.
  expect(await frame.evaluate(() => typeof window.fixture, undefined)).toBe('undefined');
  return frame;
}

/** The whole scenario for one field, with the adapters in the page's world or an isolated one. */
async function runScenario(
  session: Session,
  editor: EditorCase,
  world: 'page' | 'isolated' = 'page',
): Promise<void> {
  const page = await session.open(editor.page);
  try {
    const { top } = page;
    const frame = await adapterFrame(page, editor, world);
    await injectAdapters(frame);
    expect(await inPage.attach(frame, editor.path)).toBe(editor.kind);

    await focusField(top, editor.field);
    await typeDraft(page, editor);

    // read() is the editor's own text.
    const text = await inPage.read(frame);
    expect(lines(text, '\n')).toEqual(
      lines(await modelText(top, editor.field), editor.separator ?? '\n'),
    );
    expect(text).toContain(`I checked the order.${editor.singleLine ? ' ' : '\n'}${DRAFT_END}`);

    // rangesFor gives ranges over exactly the spans' text.
    const spans = ['refund the shipping', 'checked the order'].map((phrase) => ({
      start: text.indexOf(phrase),
      end: text.indexOf(phrase) + phrase.length,
    }));
    const ranged = await inPage.rangeTexts(frame, spans);
    expect(ranged).toEqual(
      editor.kind === 'textarea' ? [] : ['refund the shipping', 'checked the order'],
    );

    // A rep pauses before picking a phrasing. Quill (1 s), ProseMirror (0.5 s) and Lexical (0.3 s
    // here) merge edits closer together than that into one undo step, so the test pauses too.
    await new Promise((resolve) => setTimeout(resolve, 1100));

    // Insert at the caret: in the model, focus kept, one Ctrl+Z takes it out and keeps the draft.
    expect(await inPage.insert(frame, PHRASE, { kind: 'caret' })).toEqual({ ok: true });
    expect(await model(top, editor.field)).toContain(`${DRAFT_END}${PHRASE}`);
    expect(await inPage.fieldHasFocus(frame)).toBe(true);
    await page.press('Undo');
    const undone = await modelEventually(top, editor.field, (now) => !now.includes(PHRASE));
    expect(undone).not.toContain(PHRASE);
    expect(undone).toContain(DRAFT_END.trim());
    // Draft.js restores the selection of an undo in a later task than its model; a rep's next
    // click comes long after that, so wait for the page to settle as a person would.
    await top.evaluate(
      () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))),
      undefined,
    );

    // As when the rep clicks Insert on Maxim's card, focus is elsewhere first; the insert goes to
    // where the caret was, focus comes back, and the caret ends right after the insert.
    await top.evaluate(
      () => document.querySelector<HTMLElement>('.actions button')?.focus(),
      undefined,
    );
    expect(await inPage.fieldHasFocus(frame)).toBe(false);
    expect(await inPage.insert(frame, PHRASE, { kind: 'caret' })).toEqual({ ok: true });
    expect(await inPage.fieldHasFocus(frame)).toBe(true);
    await page.type('Z');
    expect(await modelEventually(top, editor.field, (now) => now.includes(`${PHRASE}Z`))).toContain(
      `${DRAFT_END}${PHRASE}Z`,
    );
    // What the page shows is what the model holds (no stray DOM text beside the editor's own).
    expect(lines(await inPage.read(frame), '\n')).toEqual(
      lines(await modelText(top, editor.field), editor.separator ?? '\n'),
    );

    // Replace a span: the word changes in the model, Ctrl+Z brings it back.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const current = await inPage.read(frame);
    const start = current.indexOf('refund');
    await top.evaluate(
      () => document.querySelector<HTMLElement>('.actions button')?.focus(),
      undefined,
    );
    expect(
      await inPage.insert(frame, 'reimburse', {
        kind: 'replace',
        span: { start, end: start + 'refund'.length },
      }),
    ).toEqual({ ok: true });
    const replaced = await model(top, editor.field);
    expect(replaced).toContain('We will reimburse the shipping costs');
    expect(replaced).not.toContain('refund');
    expect(await inPage.fieldHasFocus(frame)).toBe(true);
    await page.press('Undo');
    const restored = await modelEventually(top, editor.field, (now) => now.includes('will refund'));
    expect(restored).toContain('We will refund the shipping costs');
    expect(restored).not.toContain('reimburse');

    // Two lines at the end of the text: two paragraphs (a space in a one-line input).
    await focusField(top, editor.field);
    expect(await inPage.insert(frame, 'First line.\nSecond line.', { kind: 'caret' })).toEqual({
      ok: true,
    });
    const twoLines = await model(top, editor.field);
    if (editor.singleLine) expect(twoLines).toContain('First line. Second line.');
    else {
      const modelLines = twoLines.split(/\n+/).map((line) => line.trim());
      expect(modelLines.some((line) => line.endsWith('First line.'))).toBe(true);
      expect(modelLines).toContain('Second line.');
      expect(await inPage.read(frame)).toContain('First line.\nSecond line.');
    }

    await inPage.dispose(frame);
    expect(await top.evaluate(() => window.fixtureErrors, undefined)).toEqual([]);
    expect(page.errors).toEqual([]);
  } finally {
    await page.close();
  }
}

/** A field emptied by the rep (Ctrl+A, Backspace) takes an insert as its only text, caret after it. */
async function runEmptyFieldScenario(session: Session, editor: EditorCase): Promise<void> {
  const page = await session.open(editor.page);
  try {
    const { top } = page;
    const frame = await frameAt(top, editor.iframes ?? []);
    await injectAdapters(frame);
    expect(await inPage.attach(frame, editor.path)).toBe(editor.kind);
    await focusField(top, editor.field);
    await page.press('SelectAll');
    await page.press('Backspace');
    expect((await modelEventually(top, editor.field, (now) => now.trim() === '')).trim()).toBe('');
    expect((await inPage.read(frame)).trim()).toBe('');
    expect(await inPage.insert(frame, PHRASE, { kind: 'caret' })).toEqual({ ok: true });
    await page.type('Z');
    expect((await modelEventually(top, editor.field, (now) => now.includes('Z'))).trim()).toBe(
      `${PHRASE}Z`,
    );
    expect((await inPage.read(frame)).trim()).toBe(`${PHRASE}Z`);
    expect(await top.evaluate(() => window.fixtureErrors, undefined)).toEqual([]);
    expect(page.errors).toEqual([]);
  } finally {
    await page.close();
  }
}

const TEXTAREA: EditorCase = {
  title: 'textarea',
  page: 'textarea',
  path: ['#reply'],
  field: 'message',
  kind: 'textarea',
};
const TEXT_INPUT: EditorCase = {
  title: 'text input',
  page: 'textarea',
  path: ['#subject'],
  field: 'subject',
  kind: 'textarea',
  singleLine: true,
};
const CONTENTEDITABLE: EditorCase = {
  title: 'contenteditable',
  page: 'contenteditable',
  path: ['.compose-body'],
  field: 'body',
  kind: 'contenteditable',
};
const CKEDITOR5: EditorCase = {
  title: 'CKEditor 5',
  page: 'ckeditor5',
  path: ['.ck-editor__editable'],
  kind: 'ckeditor5',
};
const TINYMCE: EditorCase = {
  title: 'TinyMCE (iframe)',
  page: 'tinymce',
  iframes: ['iframe.tox-edit-area__iframe'],
  path: ['#tinymce'],
  kind: 'tinymce',
  separator: '\n\n',
};
const QUILL: EditorCase = { title: 'Quill', page: 'quill', path: ['.ql-editor'], kind: 'quill' };
const TIPTAP: EditorCase = {
  title: 'Tiptap (ProseMirror)',
  page: 'tiptap',
  path: ['.ProseMirror'],
  kind: 'prosemirror',
  separator: '\n\n',
};
const LEXICAL: EditorCase = {
  title: 'Lexical',
  page: 'lexical',
  path: ['[data-lexical-editor]'],
  kind: 'lexical',
  separator: '\n\n',
};
const DRAFTJS: EditorCase = {
  title: 'Draft.js',
  page: 'draftjs',
  path: ['.public-DraftEditor-content'],
  kind: 'draftjs',
};

/** The editor fixtures, one field each (the textarea page's text input is in the Chromium list). */
const EDITORS = [TEXTAREA, CONTENTEDITABLE, CKEDITOR5, TINYMCE, QUILL, TIPTAP, LEXICAL, DRAFTJS];
/** What runScenario checks, for the test names; no editor needs more than one Ctrl+Z per insert. */
const SCENARIO = 'read, rangesFor, insert at caret and over a span, one Ctrl+Z undoes each';

const FRAMES_AND_SHADOW_ROOTS: EditorCase[] = [
  {
    title: 'textarea in an iframe',
    page: 'iframe',
    iframes: ['#frame-textarea'],
    path: ['#comment'],
    field: 'frame-textarea',
    kind: 'textarea',
  },
  {
    title: 'textarea in a srcdoc iframe',
    page: 'iframe',
    iframes: ['#frame-srcdoc'],
    path: ['textarea'],
    field: 'srcdoc-textarea',
    kind: 'textarea',
  },
  {
    title: 'contenteditable in a nested iframe',
    page: 'iframe',
    iframes: ['#frame-outer', '#inner'],
    path: ['.compose-body'],
    field: 'nested-contenteditable',
    kind: 'contenteditable',
  },
  {
    title: 'textarea in a shadow root',
    page: 'shadow',
    path: ['crm-activity-form', 'textarea'],
    field: 'shadow-textarea',
    kind: 'textarea',
  },
  {
    title: 'contenteditable in a shadow root',
    page: 'shadow',
    path: ['crm-activity-form', '[data-fixture-field="shadow-contenteditable"]'],
    field: 'shadow-contenteditable',
    kind: 'contenteditable',
  },
  {
    title: 'contenteditable in a nested shadow root',
    page: 'shadow',
    path: ['crm-activity-form', 'crm-rich-note', '[contenteditable]'],
    field: 'nested-shadow-contenteditable',
    kind: 'contenteditable',
  },
];

/** Fields on the textarea page that Maxim must leave alone. */
const EXCLUDED: [string, string[]][] = [
  ['search input', ['input[type=search]']],
  ['data-gramm="false"', ['#internal']],
  ['data-enable-grammarly="false"', ['#macro']],
  ['code textarea', ['#script']],
  ['CodeMirror', ['.cm-content']],
  ['email input', ['#email']],
  ['password input', ['#password']],
];

beforeAll(async () => {
  await adapterBundle();
});

describe('editor adapters in Chromium', () => {
  const session = chromiumFixtures(
    useChromium({ maxim: false, viewport: { width: 1200, height: 900 } }),
  );

  for (const editor of [...EDITORS, TEXT_INPUT, ...FRAMES_AND_SHADOW_ROOTS]) {
    it(`${editor.title}: ${SCENARIO}`, () => runScenario(session, editor));
  }

  for (const editor of EDITORS) {
    it(`${editor.title}: insert into the emptied field`, () =>
      runEmptyFieldScenario(session, editor));
  }

  // A content script sees the page's DOM but none of its objects (no editor instances): the same
  // scenario with the adapters in an isolated world shows they need nothing from the page's world.
  for (const editor of EDITORS) {
    it(`${editor.title} from an isolated world: ${SCENARIO}`, () =>
      runScenario(session, editor, 'isolated'));
  }

  it('gives no adapter for fields Maxim leaves alone', async () => {
    const page = await session.open('textarea');
    try {
      await injectAdapters(page.top);
      for (const [name, path] of EXCLUDED)
        expect([name, await inPage.kindOf(page.top, path)]).toEqual([name, null]);
      expect(await inPage.kindOf(page.top, ['#reply'])).toBe('textarea');
    } finally {
      await page.close();
    }
  });

  it('reads a 1 MB textarea and a 1 MB contenteditable', async () => {
    const page = await session.open('contenteditable');
    try {
      await injectAdapters(page.top);
      const line =
        'Thanks for your patience while we check the delivery with the carrier today. '.repeat(2);
      const lineCount = Math.ceil(1_000_000 / line.length);
      await page.top.evaluate(
        ({ text, count }) => {
          const body = document.querySelector('.compose-body') as HTMLElement;
          body.replaceChildren(
            ...Array.from({ length: count }, () =>
              Object.assign(document.createElement('div'), { textContent: text }),
            ),
          );
          const area = document.createElement('textarea');
          area.id = 'big';
          area.value = Array.from({ length: count }, () => text).join('\n');
          document.body.append(area);
        },
        { text: line, count: lineCount },
      );
      for (const [name, selector] of [
        ['textarea', '#big'],
        ['contenteditable', '.compose-body'],
      ] as const) {
        await inPage.attach(page.top, [selector]);
        const { length, ms } = await inPage.timedRead(page.top);
        console.log(`read() of a ${(length / 1e6).toFixed(2)} MB ${name}: ${ms.toFixed(1)} ms`);
        expect(length).toBe(lineCount * line.length + lineCount - 1);
      }
      // The map back to the DOM holds at the far end too.
      const last = lineCount * line.length + lineCount - 1 - line.length;
      expect(await inPage.rangeTexts(page.top, [{ start: last, end: last + 6 }])).toEqual([
        'Thanks',
      ]);
    } finally {
      await page.close();
    }
  });
});

describe('editor adapters in Firefox', () => {
  const session = firefoxFixtures(useFirefox({ maxim: false }));

  for (const editor of [...EDITORS, ...FRAMES_AND_SHADOW_ROOTS]) {
    it(`${editor.title}: ${SCENARIO}`, () => runScenario(session, editor));
  }
  for (const editor of EDITORS) {
    it(`${editor.title}: insert into the emptied field`, () =>
      runEmptyFieldScenario(session, editor));
  }
});
