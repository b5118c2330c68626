/**
 * From text offsets back to the DOM: the runs a walk of the field recorded (see dom-text.ts) give
 * ranges for highlighting and points for placing the caret, by binary search.
 */
import type { DomPoint, DomText } from './dom-text';
import type { TextSpan } from './types';

/** Index of the last run starting at or before `offset` (-1 when none). */
function runAtOrBefore(text: DomText, offset: number): number {
  let low = 0;
  let high = text.runStart.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((text.runStart[mid] ?? 0) <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** The DOM point where a span starting at `offset` begins (a newline moves it to the next run). */
function startPoint(text: DomText, offset: number): DomPoint | null {
  let index = runAtOrBefore(text, offset);
  if (index < 0 || offset >= (text.runStart[index] ?? 0) + (text.runLength[index] ?? 0)) index += 1;
  const node = text.runNode[index];
  if (!node) return null;
  const within = Math.max(0, offset - (text.runStart[index] ?? 0));
  return { node, offset: (text.runNodeOffset[index] ?? 0) + within };
}

/** The DOM point where a span ending at `offset` ends (a newline moves it back to the previous run). */
function endPoint(text: DomText, offset: number): DomPoint | null {
  const index = runAtOrBefore(text, offset - 1);
  const node = text.runNode[index];
  if (!node) return null;
  const within = Math.min(offset - (text.runStart[index] ?? 0), text.runLength[index] ?? 0);
  return { node, offset: (text.runNodeOffset[index] ?? 0) + within };
}

/** A DOM range for a span of the text; null when the span covers no text (only newlines, or out of range). */
export function rangeForSpan(text: DomText, span: TextSpan, doc: Document): Range | null {
  if (span.end <= span.start || span.start < 0 || span.end > text.text.length) return null;
  const start = startPoint(text, span.start);
  const end = endPoint(text, span.end);
  if (!start || !end) return null;
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range.collapsed ? null : range;
}

/** A collapsed DOM point for a text offset (for placing the caret), or null when the field has no text. */
export function pointForOffset(text: DomText, offset: number): DomPoint | null {
  const index = runAtOrBefore(text, offset);
  const runEnd = (text.runStart[index] ?? 0) + (text.runLength[index] ?? 0);
  const node = text.runNode[index];
  if (node && offset <= runEnd) {
    return {
      node,
      offset: (text.runNodeOffset[index] ?? 0) + offset - (text.runStart[index] ?? 0),
    };
  }
  // On a newline: the start of the next line, or the end of the last run.
  const next = text.runNode[index + 1];
  if (next) return { node: next, offset: text.runNodeOffset[index + 1] ?? 0 };
  return node
    ? { node, offset: (text.runNodeOffset[index] ?? 0) + (text.runLength[index] ?? 0) }
    : null;
}
