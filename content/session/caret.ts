/**
 * Where the rep's caret is drawn (the card opens next to it). The caret itself (its offset,
 * the character before it, remembering and restoring it) belongs to the field's editor adapter.
 */
import { selectionIn, toLiveRange } from '../editors/dom-selection';
import { isTextControl } from '../editors/text-control';
import type { Box } from '../marks/geometry';
import { applyStyle, mirrorStyle } from '../marks/mirror';

/** Text controls longer than this are not measured (a huge mirror would stall the page). */
const MEASURE_LIMIT = 100_000;

/**
 * Where the caret is drawn, in viewport coordinates; null when unknown. `scratch` is a Maxim element
 * to measure in. For a textarea whose text scrolls, the field's bottom-right corner stands for it.
 */
export function caretBox(field: HTMLElement, scratch: HTMLElement): Box | null {
  if (!isTextControl(field)) {
    const inside = selectionIn(field);
    if (!inside) return null;
    const range = toLiveRange(field, inside);
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
  const { mirror, before } = measurer(scratch);
  applyStyle(mirror, mirrorStyle(field, view.getComputedStyle(field)));
  mirror.style.setProperty('position', 'fixed');
  mirror.style.setProperty('visibility', 'hidden');
  mirror.style.setProperty('left', '0');
  mirror.style.setProperty('top', '0');
  mirror.style.removeProperty('display');
  before.data = field.value.slice(0, at);
  const marker = mirror.lastChild as HTMLElement;
  try {
    const m = marker.getBoundingClientRect();
    const origin = mirror.getBoundingClientRect();
    const rect = field.getBoundingClientRect();
    const left = rect.left + (m.left - origin.left) - field.scrollLeft;
    const top = rect.top + (m.top - origin.top) - field.scrollTop;
    return { left, top, right: left + Math.max(m.width, 1), bottom: top + m.height };
  } finally {
    // Emptied and out of the layout, but kept in place (content/ui/keep-nodes.ts).
    before.data = '';
    mirror.style.setProperty('display', 'none');
  }
}

/** The measuring mirror of a scratch element, made once and kept in it. */
const measurers = new WeakMap<HTMLElement, { mirror: HTMLElement; before: Text }>();

function measurer(scratch: HTMLElement): { mirror: HTMLElement; before: Text } {
  let found = measurers.get(scratch);
  if (!found || found.mirror.parentNode !== scratch) {
    const doc = scratch.ownerDocument;
    const mirror = doc.createElement('div');
    const before = doc.createTextNode('');
    const marker = doc.createElement('span');
    marker.textContent = '\u200b';
    mirror.append(before, marker);
    scratch.append(mirror);
    found = { mirror, before };
    measurers.set(scratch, found);
  }
  return found;
}
