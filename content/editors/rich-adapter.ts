/**
 * The adapter shared by every contenteditable editor: text and ranges from one DOM walk, inserts
 * through the routes the editor listens to, each verified by reading the text back. An editor's own
 * file only says how to recognise it, what in its DOM is not text, and which routes it takes.
 */
import {
  readDomText,
  textOffsetOf,
  type DomPoint,
  type DomText,
  type WalkOptions,
} from './dom-text';
import { fieldStructure } from './email-blocks';
import { pointForOffset, rangeForSpan } from './text-ranges';
import {
  focusField,
  hasFocus,
  rememberSelection,
  select,
  selectionIn,
  settle,
  toLiveRange,
} from './dom-selection';
import { caretInsertPoint, insertedAt } from './insert-check';
import { runRoute, staticRange, type InsertRoute } from './input-routes';
import type { EditorAdapter, InsertResult, InsertTarget, TextSpan } from './types';

/** What differs between contenteditable editors. */
export interface RichEditorProfile extends WalkOptions {
  kind: string;
  /** Routes for one line of text, tried in order until one changes the text. */
  singleLine: readonly InsertRoute[];
  /** Routes for text with line breaks (editors split it into paragraphs themselves). */
  multiLine: readonly InsertRoute[];
  /** The text a paste carries, when the editor reads plain text differently (e.g. "\n" as a soft break). */
  pasteText?: (text: string) => string;
  /**
   * A caret insert replaces the character before the caret with that character and the text, so
   * the edit does not continue the rep's last typed text (for editors whose history merges any
   * edit that does, e.g. Slate's).
   */
  retypeCharBefore?: boolean;
}

/** The span an insert replaces, in offsets of `before`, and for a caret insert the DOM point of the caret. */
interface PlannedInsert {
  span: TextSpan;
  before: DomText;
  caret: DomPoint | null;
  /** Text of the field re-entered before the insert's own (`retypeCharBefore`), else ''. */
  retyped: string;
}

/** True for the character an editor may re-enter with an insert: one UTF-16 unit on the same line. */
function isRetypable(char: string): boolean {
  return char.length === 1 && char !== '\n' && !/[\ud800-\udfff]/.test(char);
}

/** The text after a successful insert, or why it failed; `unchanged` lets the next route try. */
type RouteOutcome =
  { kind: 'done'; at: number } | { kind: 'unchanged' } | { kind: 'wrong'; reason: string };

/** Binds a contenteditable editor's root to an adapter. */
export function createRichAdapter(element: HTMLElement, profile: RichEditorProfile): EditorAdapter {
  const walkOptions: WalkOptions = profile.skip === undefined ? {} : { skip: profile.skip };
  let last: DomText | null = null;
  let observer: MutationObserver | null = null;
  /** The DOM changed since the last read (records the observer already delivered). */
  let changed = false;
  let lastSelection: Range | null = null;

  // Remember where the rep's caret was in this field: clicking Maxim's card may move the selection away.
  const listening = new AbortController();
  element.ownerDocument.addEventListener(
    'selectionchange',
    () => {
      try {
        const range = selectionIn(element);
        if (range) lastSelection = toLiveRange(element, range);
      } catch {
        // Never let an exception out into the page; the caret is only remembered as a fallback.
      }
    },
    { signal: listening.signal },
  );

  const read = (): string => {
    if (!observer) {
      observer = new MutationObserver(() => {
        changed = true;
      });
      observer.observe(element, { childList: true, characterData: true, subtree: true });
    }
    last = readDomText(element, walkOptions);
    observer.takeRecords();
    changed = false;
    return last.text;
  };

  /**
   * The last read's map. When the DOM changed since, a fresh walk replaces it if the text is the
   * same (editors re-render nodes); if the text differs, the caller's spans are stale: null until read again.
   */
  const currentMap = (): DomText | null => {
    if (!last || !observer) return null;
    if (observer.takeRecords().length > 0) changed = true;
    if (!changed) return last;
    const fresh = readDomText(element, walkOptions);
    if (fresh.text !== last.text) return null;
    last = fresh;
    changed = false;
    return last;
  };

  /** Where an insert goes: the span to replace, or the caret (collapsed to its end; selected text stays). */
  const plan = (at: InsertTarget): PlannedInsert | string => {
    read();
    const before = last as DomText;
    if (at.kind === 'replace') {
      const { start, end } = at.span;
      if (start < 0 || end < start || end > before.text.length)
        return 'the span is outside the text';
      return { span: { start, end }, before, caret: null, retyped: '' };
    }
    const remembered =
      lastSelection && element.contains(lastSelection.endContainer) ? lastSelection : null;
    const range = selectionIn(element) ?? remembered;
    const caret = range
      ? { node: range.endContainer, offset: range.endOffset }
      : (pointForOffset(before, before.text.length) ?? {
          node: element,
          offset: element.childNodes.length,
        });
    const caretOffset = textOffsetOf(element, caret, walkOptions) ?? before.text.length;
    const charBefore = before.text.charAt(caretOffset - 1);
    if (profile.retypeCharBefore && caretOffset > 0 && isRetypable(charBefore))
      return {
        span: { start: caretOffset - 1, end: caretOffset },
        before,
        caret: null,
        retyped: charBefore,
      };
    return { span: { start: caretOffset, end: caretOffset }, before, caret, retyped: '' };
  };

  /** Selects the planned span in the DOM so the editor's own selection follows; false when it has no DOM place. */
  const selectSpan = async ({ span, before, caret }: PlannedInsert): Promise<boolean> => {
    if (span.start === span.end) {
      if (caret) await select(element, caret);
      return true;
    }
    const range = rangeForSpan(before, span, element.ownerDocument);
    if (!range) return false;
    await select(
      element,
      { node: range.startContainer, offset: range.startOffset },
      { node: range.endContainer, offset: range.endOffset },
    );
    return true;
  };

  /** Reads the text once the editor has processed the route, giving slow editors a second frame. */
  const readAfter = async (previous: string): Promise<string> => {
    await settle(element);
    let now = read();
    if (now === previous) {
      await settle(element);
      now = read();
    }
    return now;
  };

  const tryRoute = async (
    route: InsertRoute,
    text: string,
    planned: PlannedInsert,
  ): Promise<RouteOutcome> => {
    const target = selectionIn(element);
    const init = target ?? {
      startContainer: element,
      startOffset: 0,
      endContainer: element,
      endOffset: 0,
    };
    const routeText =
      route !== 'typing' && route !== 'beforeinput' && profile.pasteText
        ? profile.pasteText(text)
        : text;
    runRoute(route, element, routeText, staticRange(element, init));
    const old = planned.before.text;
    const now = await readAfter(old);
    if (now === old) return { kind: 'unchanged' };
    if (insertedAt(old, now, text, planned.span)) return { kind: 'done', at: planned.span.start };
    const at = planned.span.start === planned.span.end ? caretInsertPoint(old, now, text) : -1;
    if (at >= 0) return { kind: 'done', at };
    return {
      kind: 'wrong',
      reason: `${profile.kind}: the text after inserting (${route}) is not what was inserted`,
    };
  };

  /** Puts the caret right after the insert when the editor left it elsewhere, and keeps focus. */
  const restoreCaret = async (offset: number): Promise<void> => {
    focusField(element);
    const current = selectionIn(element);
    const currentOffset = current
      ? textOffsetOf(
          element,
          { node: current.endContainer, offset: current.endOffset },
          walkOptions,
        )
      : null;
    if (currentOffset === offset) return;
    read();
    const point = last ? pointForOffset(last, offset) : null;
    if (point) await select(element, point);
  };

  /** Undoes the last edit when the text is no longer `old` (a route that went wrong). */
  const rollBack = async (old: string): Promise<void> => {
    if (read() === old) return;
    try {
      element.ownerDocument.execCommand('undo');
    } catch {
      return;
    }
    await readAfter(read());
  };

  /** The insert itself; `insert` turns anything it throws into a failed result. */
  const insertVerified = async (rawText: string, at: InsertTarget): Promise<InsertResult> => {
    const ownText = rawText.replace(/\r\n?/g, '\n');
    if (ownText === '' && at.kind === 'caret') return { ok: true };
    if (!element.isConnected) return { ok: false, reason: `${profile.kind}: the field is gone` };
    // Plan before focusing: focus can move the caret (Draft.js drops the selection on blur, and
    // the browser then puts the caret at the start), and the rep meant where it was.
    const planned = plan(at);
    if (typeof planned === 'string') return { ok: false, reason: `${profile.kind}: ${planned}` };
    const text = planned.retyped + ownText;
    focusField(element);
    if (!(await selectSpan(planned)))
      return { ok: false, reason: `${profile.kind}: no place in the field for the span` };
    // Without a selection in the field, the routes would act wherever the page's selection is.
    if (!selectionIn(element))
      return { ok: false, reason: `${profile.kind}: no caret in the field` };
    const routes = text.includes('\n') ? profile.multiLine : profile.singleLine;
    for (const route of routes) {
      const outcome = await tryRoute(route, text, planned);
      if (outcome.kind === 'unchanged') continue;
      // A route that changed the text wrongly is not followed by another: that could insert twice.
      // Its one edit is taken back through the editor's undo, so the rep's draft is not lost.
      if (outcome.kind === 'wrong') {
        await rollBack(planned.before.text);
        return { ok: false, reason: outcome.reason };
      }
      await restoreCaret(outcome.at + text.length);
      return { ok: true };
    }
    if (!hasFocus(element)) focusField(element);
    return {
      ok: false,
      reason: `${profile.kind}: the editor did not take the text (${routes.join(', ')})`,
    };
  };

  /** The caret's offset in the text, by the same walk as `read()`; null when it is not in the field. */
  const caretTextOffset = (): number | null => {
    const range = selectionIn(element);
    if (!range) return null;
    return textOffsetOf(
      element,
      { node: range.startContainer, offset: range.startOffset },
      walkOptions,
    );
  };

  return {
    kind: profile.kind,
    element,
    read,
    caretOffset: () => caretTextOffset() ?? 0,
    charBeforeCaret(): string {
      const at = caretTextOffset();
      return at === null || at === 0 ? '' : read().charAt(at - 1);
    },
    rememberCaret: () => rememberSelection(element),
    structure() {
      return last ? fieldStructure(element, last) : { quoted: [], ignored: [] };
    },
    rangesFor(spans: readonly TextSpan[]): Range[] {
      const map = currentMap();
      if (!map) return [];
      const ranges: Range[] = [];
      for (const span of spans) {
        const range = rangeForSpan(map, span, element.ownerDocument);
        if (range) ranges.push(range);
      }
      return ranges;
    },
    async insert(text: string, at: InsertTarget): Promise<InsertResult> {
      try {
        return await insertVerified(text, at);
      } catch (error) {
        return {
          ok: false,
          reason: `${profile.kind}: ${error instanceof Error ? error.message : String(error)}`,
        };
      }
    },
    dispose(): void {
      listening.abort();
      observer?.disconnect();
      observer = null;
      last = null;
      lastSelection = null;
    },
  };
}
