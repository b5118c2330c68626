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
