/**
 * Shared scenario data and page-side helpers for the inline e2e suites: which fixture editors to
 * test, the drafts to type, and reading/writing a fixture field through its editor's own API
 * (`window.fixture`, see test/fixtures/src/fixture-api.ts).
 */
import { SEED_PRINCIPLE_IDS } from '../../../src/data/seed-ids';

/**
 * What does not work yet in Firefox ESR for an editor, and why (README, "known limits"). The
 * Firefox suite asserts exactly this behaviour, so a fix shows up as a failing test to update:
 * - `editor-keeps-no-caret`: the editor itself loses the caret after the first typed character
 *   in Firefox, with Maxim off too (each later character goes before it); the suite checks that
 *   typing gives exactly that text with Maxim on and the page logs no error.
 */
export interface FirefoxLimit {
  kind: 'editor-keeps-no-caret';
  why: string;
}

/** One editor under test: a fixture page and, on pages with several fields, the field's name. */
export interface EditorCase {
  name: string;
  page: string;
  /** Field name in `fixture.fields`; the page's primary field when absent. */
  field?: string;
  /** What does not work yet in Firefox ESR. */
  firefox?: FirefoxLimit;
}

/** Every fixture editor, including fields in frames and shadow roots. */
export const EDITOR_CASES: readonly EditorCase[] = [
  { name: 'textarea', page: 'textarea', field: 'message' },
  { name: 'contenteditable', page: 'contenteditable', field: 'body' },
  { name: 'ckeditor5', page: 'ckeditor5' },
  { name: 'tinymce', page: 'tinymce' },
  { name: 'quill', page: 'quill' },
  { name: 'tiptap', page: 'tiptap' },
  { name: 'lexical', page: 'lexical' },
  { name: 'draftjs', page: 'draftjs' },
  { name: 'slate', page: 'slate' },
  { name: 'trix', page: 'trix' },
  { name: 'roosterjs', page: 'roosterjs' },
  { name: 'ckeditor4', page: 'ckeditor4' },
  { name: 'iframe (textarea)', page: 'iframe', field: 'frame-textarea' },
  {
    name: 'iframe (contenteditable in a nested frame)',
    page: 'iframe',
    field: 'nested-contenteditable',
  },
  { name: 'textarea in a modal dialog', page: 'dialog' },
  {
    name: 'Quill in two nested shadow roots (Lightning-like)',
    page: 'lightning',
    firefox: {
      kind: 'editor-keeps-no-caret',
      why: 'Quill 2 reads its selection through document.getSelection(), which does not reach into shadow roots in Firefox: after the first character its caret goes back to the start, Maxim off as well',
    },
  },
  { name: 'shadow (textarea)', page: 'shadow', field: 'shadow-textarea' },
  { name: 'shadow (contenteditable)', page: 'shadow', field: 'shadow-contenteditable' },
];

/** A draft announcing a delay: the seed principle `own-mistakes-openly` fits it. */
export const DELAY_DRAFT =
  'Unfortunately your delivery is delayed by two weeks because of problems at our supplier.';
/** A neutral draft: none of the seed principles fits. */
export const NEUTRAL_DRAFT = 'Thanks for the call today, I have attached the invoice.';
/** The principle the delay draft brings up. */
export const DELAY_PRINCIPLE = 'own-mistakes-openly';
/** The nine seed principles (src/data/seed-ids.ts). */
export const SEED_PRINCIPLES = SEED_PRINCIPLE_IDS;

/** Runs a function in the page with one serialisable argument (playwright and puppeteer alike). */
export type PageEval = <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<unknown>;

type FieldMethod = 'getText' | 'setText' | 'focus';

/** Calls a method of a fixture field (after the fixture is ready). */
export async function fieldCall(
  evaluate: PageEval,
  field: string | undefined,
  method: FieldMethod,
  text = '',
): Promise<unknown> {
  return evaluate(
    async ({ field: name, method: m, text: t }) => {
      const fixture = (
        window as unknown as {
          fixture: {
            ready: Promise<void>;
            fields?: Record<string, Record<string, (x?: string) => unknown>>;
          } & Record<string, (x?: string) => unknown>;
        }
      ).fixture;
      await fixture.ready;
      const target = name ? fixture.fields?.[name] : fixture;
      if (!target) throw new Error(`no fixture field ${name}`);
      const fn = target[m];
      if (typeof fn !== 'function') throw new Error(`no fixture method ${m}`);
      return fn.call(target, t);
    },
    { field, method, text },
  );
}

/** The field's text as its editor's model holds it. */
export async function fieldText(evaluate: PageEval, field: string | undefined): Promise<string> {
  return String(await fieldCall(evaluate, field, 'getText'));
}

/** Errors the fixture page collected (window.fixtureErrors). */
export async function fixtureErrors(evaluate: PageEval): Promise<string[]> {
  return (await evaluate(
    () => (window as unknown as { fixtureErrors?: string[] }).fixtureErrors ?? [],
    null,
  )) as string[];
}

/**
 * The first English phrasing the card shows for a principle, read from the bundled pack file: in a
 * note (`note`, the default: a draft without a greeting on the CRM host the suites use) the first
 * note phrasing where it has one, else the first phrasing for the customer.
 */
export async function firstPhrasing(id: string, note = true): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const { resolve } = await import('node:path');
  const file = resolve(import.meta.dirname, '../../../src/data/principles', `${id}.json`);
  const principle = JSON.parse(await readFile(file, 'utf8')) as {
    text: { en: { tryThis: string[]; tryThisNote?: string[] } };
  };
  const { tryThis, tryThisNote } = principle.text.en;
  return ((note ? tryThisNote?.[0] : undefined) ?? tryThis[0]) as string;
}

/** Collapses white space, so texts compare across editors that normalise it differently. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * A point on Maxim's badge near a field's bottom-right corner, found the way a page can: the
 * element there is Maxim's shadow host. Null when no badge is drawn at the corner.
 */
export async function badgePoint(
  evaluate: PageEval,
  selector: string,
): Promise<{ x: number; y: number } | null> {
  return (await evaluate((sel) => {
    const field = document.querySelector(sel);
    if (!field) throw new Error(`no field ${sel}`);
    const rect = field.getBoundingClientRect();
    const hits: { x: number; y: number }[] = [];
    for (let dx = 4; dx <= 40; dx += 2) {
      for (let dy = 4; dy <= 30; dy += 2) {
        const point = { x: rect.right - dx, y: rect.bottom - dy };
        if (document.elementFromPoint(point.x, point.y)?.localName === 'maxim-ui') hits.push(point);
      }
    }
    if (hits.length === 0) return null;
    const x = hits.reduce((sum, p) => sum + p.x, 0) / hits.length;
    const y = hits.reduce((sum, p) => sum + p.y, 0) / hits.length;
    return { x, y };
  }, selector)) as { x: number; y: number } | null;
}

/**
 * Fills a phrasing's fields by keyboard as a rep does, focus being on its first field: types a
 * value into each field and Tabs on, so focus ends on the first action after the phrasing.
 * Returns the phrasing as it reads with those values.
 */
export async function fillByKeyboard(
  keyboard: { type(text: string): Promise<unknown>; press(key: string): Promise<unknown> },
  template: string,
): Promise<string> {
  const { fieldLabels, fillTemplate, parseTemplate } =
    await import('../../../content/coach/template');
  const parts = parseTemplate(template);
  const values: Record<string, string> = {};
  for (const [i, label] of fieldLabels(parts).entries()) {
    values[label] = `F${i + 1}x`;
    await keyboard.type(values[label]);
    await keyboard.press('Tab');
  }
  return fillTemplate(parts, values) as string;
}
