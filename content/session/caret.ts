/**
 * The rep's caret: remembered when focus moves into the card and put back on Esc or Insert,
 * its offset in the text (to choose the paragraphs of a very long text), and where it is drawn.
 */
import type { Box } from '../marks/geometry';
import { applyStyle, mirrorStyle, type TextControl } from '../marks/mirror';

function isTextControl(el: HTMLElement): el is TextControl {
  return el.localName === 'textarea' || el.localName === 'input';
}

/** The selection that holds the field's caret (a shadow root's own where the browser has one). */
export function selectionFor(field: HTMLElement): Selection | null {
  const root = field.getRootNode() as (ShadowRoot & { getSelection?: () => Selection | null }) | Document;
  if ('getSelection' in root && typeof root.getSelection === 'function' && root !== field.ownerDocument) {
    return root.getSelection();
  }
  return field.ownerDocument.getSelection();
}

/** The selection range inside the field, or null when the selection is elsewhere. */
function rangeInside(field: HTMLElement): Range | null {
  const selection = selectionFor(field);
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return field.contains(range.startContainer) ? range : null;
}

/** A remembered caret that can be put back. */
export interface CaretMemory {
  /** Focuses the field and restores the caret (or selection) as it was. */
  restore(): void;
}

/** Remembers the caret of a field now. */
export function rememberCaret(field: HTMLElement): CaretMemory {
  if (isTextControl(field)) {
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
  const saved = rangeInside(field)?.cloneRange() ?? null;
  return {
    restore() {
      field.focus({ preventScroll: true });
      if (!saved || !field.contains(saved.startContainer) || !field.contains(saved.endContainer)) return;
      const selection = selectionFor(field);
      const current = rangeInside(field);
      // Editors restore their own selection on focus; only correct it when it differs.
      if (current && current.compareBoundaryPoints(Range.START_TO_START, saved) === 0 && current.compareBoundaryPoints(Range.END_TO_END, saved) === 0) return;
      selection?.removeAllRanges();
      selection?.addRange(saved);
    },
  };
}

/** The caret's offset in the field's text (approximate for rich fields: used to pick paragraphs). */
export function caretOffset(field: HTMLElement): number {
  if (isTextControl(field)) return field.selectionStart ?? field.value.length;
  const range = rangeInside(field);
  if (!range) return 0;
  const before = field.ownerDocument.createRange();
  before.selectNodeContents(field);
  before.setEnd(range.startContainer, range.startOffset);
  return before.toString().length;
}

/** Text controls longer than this are not measured (a huge mirror would stall the page). */
const MEASURE_LIMIT = 100_000;

/**
 * Where the caret is drawn, in viewport coordinates; null when unknown. `scratch` is a Maxim element
 * to measure in. For a textarea whose text scrolls, the field's bottom-right corner stands for it.
 */
export function caretBox(field: HTMLElement, scratch: HTMLElement): Box | null {
  if (!isTextControl(field)) {
    const range = rangeInside(field);
    if (!range) return null;
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    return rect.width === 0 && rect.height === 0 ? null : rect;
  }
  const at = field.selectionEnd ?? field.value.length;
  if (field.value.length > MEASURE_LIMIT) return null;
  // Text that scrolls fills the whole field, its corner included: no need to lay it out to know.
  if (field.scrollHeight > field.clientHeight + 1 || field.scrollWidth > field.clientWidth + 1) {
    const rect = field.getBoundingClientRect();
    return { left: rect.right - 1, top: rect.bottom - 1, right: rect.right, bottom: rect.bottom };
  }
  const view = field.ownerDocument.defaultView;
  if (!view) return null;
  const mirror = scratch.ownerDocument.createElement('div');
  applyStyle(mirror, mirrorStyle(field, view.getComputedStyle(field)));
  mirror.style.setProperty('position', 'fixed');
  mirror.style.setProperty('visibility', 'hidden');
  mirror.style.setProperty('left', '0');
  mirror.style.setProperty('top', '0');
  const marker = scratch.ownerDocument.createElement('span');
  marker.textContent = '\u200b';
  mirror.append(field.value.slice(0, at), marker);
  scratch.append(mirror);
  try {
    const m = marker.getBoundingClientRect();
    const origin = mirror.getBoundingClientRect();
    const rect = field.getBoundingClientRect();
    const left = rect.left + (m.left - origin.left) - field.scrollLeft;
    const top = rect.top + (m.top - origin.top) - field.scrollTop;
    return { left, top, right: left + Math.max(m.width, 1), bottom: top + m.height };
  } finally {
    mirror.remove();
  }
}
