/**
 * Textareas and inputs, recognised by tag name rather than `instanceof` (a field in another frame
 * belongs to another realm), and their caret: the selection offsets of the control itself.
 */
import type { CaretMemory } from './types';

/** A field whose text is its value. */
export type TextControl = HTMLTextAreaElement | HTMLInputElement;

/** Whether the element is a textarea or an input. */
export function isTextControl(el: Element): el is TextControl {
  return el.localName === 'textarea' || el.localName === 'input';
}

/** The caret's offset in the value (the start of a selection). */
export function textControlCaretOffset(field: TextControl): number {
  return field.selectionStart ?? field.value.length;
}

/** The character just before the caret ('' at the start). */
export function textControlCharBeforeCaret(field: TextControl): string {
  const at = field.selectionStart ?? 0;
  return at > 0 ? field.value.charAt(at - 1) : '';
}

/** Remembers the control's selection now, to be put back with the focus. */
export function rememberTextControlCaret(field: TextControl): CaretMemory {
  const { selectionStart, selectionEnd, selectionDirection } = field;
  return {
    restore() {
      field.focus({ preventScroll: true });
      if (selectionStart !== null && selectionEnd !== null) {
        field.setSelectionRange(selectionStart, selectionEnd, selectionDirection ?? 'none');
      }
    },
  };
}
