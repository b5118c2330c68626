/**
 * Textareas and prose `<input type=text>` fields. Text is the value; inserts go through
 * `execCommand('insertText')`, which Chrome and Firefox put on the field's native undo stack, with
 * `setRangeText` plus an `input` event as the fallback (no undo entry, but frameworks see it).
 */
import { focusField } from './dom-selection';
import { insertedAt } from './insert-check';
import { typeText } from './input-routes';
import {
  isTextControl,
  rememberTextControlCaret,
  textControlCaretOffset,
  textControlCharBeforeCaret,
  type TextControl,
} from './text-control';
import type { EditorAdapter, EditorKind, InsertResult, InsertTarget, TextSpan } from './types';

/** Textareas, and inputs of type text (prose); other inputs (email, search, numbers) are not fields. */
function isProseTextControl(el: HTMLElement): el is TextControl {
  if (!isTextControl(el)) return false;
  return (
    el.localName === 'textarea' ||
    ['text', ''].includes((el.getAttribute('type') ?? '').toLowerCase())
  );
}

/** Newlines cannot go into a one-line input: they become spaces there. */
function fitToField(field: TextControl, text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n');
  return field.localName === 'input' ? normalised.replace(/\n/g, ' ') : normalised;
}

/** The field's value with the text put between start and end by the fallback route. */
function setRangeWithInputEvent(
  field: TextControl,
  text: string,
  start: number,
  end: number,
): void {
  field.setRangeText(text, start, end, 'end');
  const view = field.ownerDocument.defaultView ?? globalThis;
  field.dispatchEvent(
    new view.InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }),
  );
}

/** Binds a textarea or input to an adapter. */
function createTextControlAdapter(field: TextControl): EditorAdapter {
  const read = (): string => field.value.replace(/\u00a0/g, ' ');
  return {
    kind: 'textarea',
    element: field,
    read,
    // The overlay measures text positions itself: a textarea has no DOM text nodes to range over.
    rangesFor: (_spans: readonly TextSpan[]) => [],
    caretOffset: () => textControlCaretOffset(field),
    charBeforeCaret: () => textControlCharBeforeCaret(field),
    rememberCaret: () => rememberTextControlCaret(field),
    async insert(rawText: string, at: InsertTarget): Promise<InsertResult> {
      const text = fitToField(field, rawText);
      const old = field.value;
      // At the caret means at the end of any selection: an insert never removes what the rep selected.
      const start = at.kind === 'replace' ? at.span.start : (field.selectionEnd ?? old.length);
      const end = at.kind === 'replace' ? at.span.end : start;
      if (start < 0 || end < start || end > old.length)
        return { ok: false, reason: 'textarea: the span is outside the text' };
      focusField(field);
      field.setSelectionRange(start, end);
      typeText(field, text);
      if (field.value === old) setRangeWithInputEvent(field, text, start, end);
      if (insertedAt(old, field.value, text, { start, end })) return { ok: true };
      // Something (a maxlength, a page handler) changed the text differently: put the old text back.
      if (field.value !== old) setRangeWithInputEvent(field, old, 0, field.value.length);
      return { ok: false, reason: 'textarea: the field did not take the text as given' };
    },
    dispose: () => undefined,
  };
}

/** Textareas and text inputs. */
export const textareaKind: EditorKind = {
  kind: 'textarea',
  matches: isProseTextControl,
  create: (element) => createTextControlAdapter(element as TextControl),
};
