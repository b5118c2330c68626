/**
 * Equivalence fuzzing: one seeded list of edits (typing, deleting, pasting, selecting, caret moves,
 * undo and redo, IME composition) run in lockstep in two pages of the same fixture editor, one
 * where Maxim runs and one where it does not. After every edit both pages must hold the same text
 * (read through the editor's own API) and the same caret or selection. `MAXIM_FUZZ_OPS` and
 * `MAXIM_FUZZ_SEED` choose a longer run or another seed; a failure names the seed and the index
 * of the edit after which the pages differed, so it can be replayed.
 */
import type { PageEval } from './editors';
import { seededRandom } from '../../fixtures/src/seeded-random';

/** How many edits a run makes, and from which seed (environment, or the CI defaults). */
export const FUZZ_OPS = Number(process.env.MAXIM_FUZZ_OPS ?? 200);
export const FUZZ_SEED = Number(process.env.MAXIM_FUZZ_SEED ?? 20261204);
/** Only the editors whose name contains this (for replaying one editor). */
export const FUZZ_ONLY = process.env.MAXIM_FUZZ_EDITOR ?? '';

/**
 * Both pages without Maxim (`MAXIM_FUZZ_CONTROL=1`): shows what an editor does differently between
 * two identical runs by itself (timing in its undo history), which is then no finding about Maxim.
 */
export const FUZZ_CONTROL = process.env.MAXIM_FUZZ_CONTROL === '1';

/** vitest's per-test limit, scaled with the number of edits so a long local run is not cut off. */
export function fuzzTestTimeout(ops = FUZZ_OPS): number {
  return 120_000 + ops * 500;
}

/** One edit, as a rep makes it with the keyboard. */
export type FuzzOp =
  | { kind: 'type'; text: string }
  /** A key with modifiers, pressed `times` times (Backspace, Delete, arrows, Home, End, Enter). */
  | { kind: 'key'; key: string; shift: boolean; times: number }
  | { kind: 'selectAll' }
  | { kind: 'undo' }
  | { kind: 'redo' }
  /** The clipboard holds `text` and the rep presses Ctrl+V. */
  | { kind: 'paste'; text: string }
  /** An IME composes `text` step by step and commits it. */
  | { kind: 'ime'; text: string };

const WORDS = [
  'thanks',
  'order',
  'today',
  'we',
  'will',
  'call',
  'you',
  'tomorrow',
  'the',
  'invoice',
  'is',
  'attached',
  'price',
  'Friday',
  'ok',
  'Lena,',
  'again.',
];

/** Phrases that make Maxim find a principle and mark its evidence. */
export const TRIGGER_PHRASES = [
  'Unfortunately your delivery is delayed by two weeks because of problems at our supplier. ',
  'Customer shouted at our support colleague and threatened to cancel unless we give a special discount. ',
  'unfortunately it is delayed ',
  'because of problems at our supplier ',
];

const PASTES = [
  'Kind regards, Anna',
  'Unfortunately the delivery is delayed by two weeks.',
  'see the invoice ',
  'first line\nsecond line',
];

const COMPOSED = ['ka', 'にほん', 'über', 'déjà'];

const MOVES = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

/** The seeded edit list. The first edit types a trigger phrase, so Maxim has found something. */
export function fuzzOps(seed: number, count: number, { ime = true } = {}): FuzzOp[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const ops: FuzzOp[] = [{ kind: 'type', text: TRIGGER_PHRASES[0] as string }];
  const table: [number, () => FuzzOp][] = [
    [26, () => ({ kind: 'type', text: `${pick(WORDS)} ` })],
    [6, () => ({ kind: 'type', text: pick(TRIGGER_PHRASES) })],
    [
      12,
      () => ({
        kind: 'key',
        key: random() < 0.7 ? 'Backspace' : 'Delete',
        shift: false,
        times: 1 + Math.floor(random() * 4),
      }),
    ],
    [
      14,
      () => ({ kind: 'key', key: pick(MOVES), shift: false, times: 1 + Math.floor(random() * 3) }),
    ],
    [
      10,
      () => ({
        kind: 'key',
        key: pick(MOVES),
        shift: true,
        times: 1 + Math.floor(random() * 5),
      }),
    ],
    [2, () => ({ kind: 'key', key: 'Enter', shift: false, times: 1 })],
    [1, () => ({ kind: 'selectAll' })],
    [6, () => ({ kind: 'undo' })],
    [3, () => ({ kind: 'redo' })],
    [6, () => ({ kind: 'paste', text: pick(PASTES) })],
    [ime ? 5 : 0, () => ({ kind: 'ime', text: pick(COMPOSED) })],
  ];
  const total = table.reduce((sum, [weight]) => sum + weight, 0);
  while (ops.length < count) {
    let roll = random() * total;
    for (const [weight, make] of table) {
      roll -= weight;
      if (roll < 0) {
        const op = make();
        // A key pressed n times is n edits: each one is compared on its own.
        const times = op.kind === 'key' ? op.times : 1;
        for (let i = 0; i < times; i += 1) ops.push(op.kind === 'key' ? { ...op, times: 1 } : op);
        break;
      }
    }
  }
  return ops.slice(0, count);
}

/**
 * Edits an editor does not repeat the same way by itself: they differ between two pages with Maxim
 * off on both (`MAXIM_FUZZ_CONTROL=1`), so they say nothing about Maxim and are left out of its
 * list. Each entry names edits by the start of their description (see describeOp).
 */
/**
 * Editors that render or read the selection back in the next animation frame: their state is read
 * after it. (Chromium gives the tab in the background few frames, so the others are read sooner.)
 */
export const NEXT_FRAME_EDITORS = ['trix', 'draftjs'];

export const NOT_REPEATABLE: Record<string, { without: string[]; why: string }> = {
  draftjs: {
    without: ['ime'],
    why: 'Draft.js reads a composition back from the DOM at its own moment: the same IME input ends differently in two pages',
  },
  trix: {
    without: ['undo', 'redo'],
    why: 'Trix groups typing into undo entries by its own timing: one Ctrl+Z takes back different amounts in two pages',
  },
  ckeditor4: {
    without: ['Shift+ArrowUp', 'Shift+ArrowDown'],
    why: 'CKEditor 4 extends a selection by lines differently from run to run in its frame',
  },
};

/**
 * Where Maxim makes a difference that is not traced and fixed yet (`<browser> <editor>`): those
 * edits are left out of
 * the CI list (set `MAXIM_FUZZ_ALL=1` to run them and see the difference).
 */
export const OPEN_DIFFERENCES: Record<string, { without: string[]; why: string }> = {
  'firefox ckeditor4': {
    without: [''],
    why: 'Shift+ArrowLeft extends the selection differently with Maxim on (seed 20261204, edit #54); CKEditor 4 also varies by itself in Chromium; not traced yet, so it is out of the Firefox CI run',
  },
  'chromium draftjs': {
    without: ['undo', 'redo'],
    why: 'Ctrl+Z takes back a different amount with Maxim on (seed 20261204, edit #30); not traced yet',
  },
  'chromium slate': {
    without: [''],
    why: 'with Maxim on, Ctrl+Z (edit #49), Delete (edit #121) and ArrowUp (edit #84, once those are out) give a different text or caret (seed 20261204); not traced yet, so Slate is out of the Chromium CI run',
  },
};

/** The edit list for one editor in one browser: the seeded list without the edits left out for it. */
export function opsFor(
  all: readonly FuzzOp[],
  count: number,
  ...limits: ({ without: string[] } | undefined)[]
): FuzzOp[] {
  const without = process.env.MAXIM_FUZZ_ALL === '1' ? [] : limits.flatMap((l) => l?.without ?? []);
  return all.filter((op) => !without.some((w) => describeOp(op).startsWith(w))).slice(0, count);
}

/** A short, readable form of an edit for failure messages. */
export function describeOp(op: FuzzOp): string {
  switch (op.kind) {
    case 'type':
    case 'paste':
    case 'ime':
      return `${op.kind} ${JSON.stringify(op.text)}`;
    case 'key':
      return `${op.shift ? 'Shift+' : ''}${op.key}${op.times > 1 ? ` ×${op.times}` : ''}`;
    default:
      return op.kind;
  }
}

/**
 * The page's clock for the editors' undo histories. Quill (1 s), ProseMirror (0.5 s) and Lexical
 * (0.3 s in the fixture) merge changes into one undo step by `Date.now()`, so two runs of the same
 * edits would group them differently whenever one page was a little slower. In the fixture page and
 * its frames `Date.now()` reads a time the test sets after each edit (`FUZZ_STEP_MS` further per
 * edit): the same on both pages. Only the page's own world gets it; Maxim's scripts keep theirs.
 */
export const FUZZ_STEP_MS = 120;
/** The page clock's time before the first edit (2026-01-01). */
export const CLOCK_START = Date.UTC(2026, 0, 1);
export const FIXED_CLOCK_SCRIPT = `(() => {
  const real = Date.now.bind(Date);
  let top = null;
  try { top = window.top; } catch {}
  Date.now = () => (top && typeof top.__fuzzNow === 'number' ? top.__fuzzNow : real());
})();`;

/** What the rep would see of a field: its text in the editor's model, where focus is, the caret or selection. */
export interface FieldState {
  text: string;
  /** The focused element (through frames and shadow roots), e.g. `textarea` or `div[contenteditable]`. */
  focus: string;
  /** `start,end,direction` in a text control; anchor and focus as node paths and offsets in an editable. */
  selection: string;
}

/**
 * Reads a fixture field's state in the page: the text through the editor's API, and the selection
 * in the focused element's own document or shadow root, with nodes given as child-index paths from
 * the editable root (so two pages with the same DOM compare equal whatever the editor's ids).
 */
export async function readFieldState(
  evaluate: PageEval,
  field?: string,
  now?: number,
  nextFrame = true,
): Promise<FieldState> {
  return (await evaluate(
    async ([name, time, frame]) => {
      type Target = { getText(): string };
      const fixture = (
        window as unknown as {
          fixture: Target & { ready: Promise<void>; fields?: Record<string, Target> };
        }
      ).fixture;
      await fixture.ready;
      const target = name ? fixture.fields?.[name] : fixture;
      if (!target) throw new Error(`no fixture field ${name}`);
      if (time !== null) (window as unknown as { __fuzzNow: number }).__fuzzNow = time;
      // Let the editor finish what the last key started (React renders, Lexical's update queue,
      // and with `frame` what it renders or reads back in the next frame, as Trix and Draft.js do).
      await new Promise((resolve) =>
        frame ? requestAnimationFrame(() => setTimeout(resolve, 0)) : setTimeout(resolve, 0),
      );
      const text = target.getText();
      let doc: Document = document;
      let root: Document | ShadowRoot = document;
      let el: Element | null = document.activeElement;
      for (;;) {
        if (el?.localName === 'iframe' && (el as HTMLIFrameElement).contentDocument) {
          doc = (el as HTMLIFrameElement).contentDocument as Document;
          root = doc;
          el = doc.activeElement;
        } else if (el?.shadowRoot?.activeElement) {
          root = el.shadowRoot;
          el = root.activeElement;
        } else break;
      }
      if (!el) return { text, focus: 'none', selection: '' };
      const focus = `${el.localName}${el.getAttribute('contenteditable') !== null ? '[contenteditable]' : ''}`;
      if (el.localName === 'textarea' || el.localName === 'input') {
        const control = el as HTMLTextAreaElement;
        return {
          text,
          focus,
          selection: `${control.selectionStart},${control.selectionEnd},${control.selectionDirection}`,
        };
      }
      const selection =
        (root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.() ??
        doc.getSelection();
      const point = (node: Node | null, offset: number): string => {
        if (!node) return 'none';
        const path: number[] = [];
        let at: Node | null = node;
        while (at && at !== el) {
          const parent: Node | null = at.parentNode;
          if (!parent) return `outside:${node.nodeName}`;
          path.unshift(Array.prototype.indexOf.call(parent.childNodes, at) as number);
          at = parent;
        }
        return at ? `${path.join('.')}@${offset}` : `outside:${node.nodeName}`;
      };
      return {
        text,
        focus,
        selection: selection
          ? `${point(selection.anchorNode, selection.anchorOffset)}→${point(selection.focusNode, selection.focusOffset)}`
          : 'none',
      };
    },
    [field ?? '', now ?? null, nextFrame] as const,
  )) as FieldState;
}

/** Drives one page with the keyboard; each browser's suite supplies its own. */
export interface FuzzDriver {
  apply(op: FuzzOp): Promise<void>;
  /** The field's state; `now` sets the page's clock for the next edit (see FIXED_CLOCK_SCRIPT). */
  state(now?: number): Promise<FieldState>;
}

/** Thrown when the two pages differ: says how to replay. */
export class FuzzMismatch extends Error {}

/**
 * Runs the edits in lockstep on both drivers (the pair of pages side by side) and compares their
 * states after each one. `serial` ops (a shared clipboard, a browser that keys only the front tab)
 * run and are read on one page after the other.
 */
export async function runEquivalence(
  on: FuzzDriver,
  off: FuzzDriver,
  ops: readonly FuzzOp[],
  {
    seed,
    editor,
    serial = () => false,
  }: { seed: number; editor: string; serial?: (op: FuzzOp) => boolean },
): Promise<FieldState> {
  let last: FieldState | null = null;
  // Time spent per kind of edit and in reading the states, printed with MAXIM_FUZZ_PROFILE=1.
  const prof: Record<string, number> = {};
  for (const [index, op] of ops.entries()) {
    const t0 = performance.now();
    if (serial(op)) {
      await on.apply(op);
      await off.apply(op);
    } else await Promise.all([on.apply(op), off.apply(op)]);
    const t1 = performance.now();
    prof[op.kind] = (prof[op.kind] ?? 0) + t1 - t0;
    const now = CLOCK_START + (index + 1) * FUZZ_STEP_MS;
    const [a, b] = serial(op)
      ? [await on.state(now), await off.state(now)]
      : await Promise.all([on.state(now), off.state(now)]);
    if (a.text !== b.text || a.focus !== b.focus || a.selection !== b.selection) {
      const recent = ops
        .slice(Math.max(0, index - 5), index + 1)
        .map((o, i) => `  #${Math.max(0, index - 5) + i} ${describeOp(o)}`)
        .join('\n');
      throw new FuzzMismatch(
        `${editor}: Maxim on and off differ after edit #${index} (${describeOp(op)}), ` +
          `seed ${seed}; replay with MAXIM_FUZZ_SEED=${seed} MAXIM_FUZZ_OPS=${index + 1} ` +
          `MAXIM_FUZZ_EDITOR=${JSON.stringify(editor)}\nlast edits:\n${recent}\n` +
          `on:  ${JSON.stringify(a)}\noff: ${JSON.stringify(b)}\nbefore: ${JSON.stringify(last)}`,
      );
    }
    prof.state = (prof.state ?? 0) + performance.now() - t1;
    last = a;
  }
  if (process.env.MAXIM_FUZZ_PROFILE === '1')
    console.log(`fuzz profile (ms) ${editor}: ${JSON.stringify(prof)}`);
  return last as FieldState;
}
