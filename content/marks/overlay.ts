/**
 * Evidence marks drawn in Maxim's own shadow root, for textareas and inputs (their text is not in
 * the DOM) and for rich fields where the Highlight API is missing. Underlines are styled (wavy,
 * solid for the active principle), never colour alone; the card lists the quotes as well.
 */
import { autoUpdate } from '@floating-ui/dom';
import { guard } from '../guard';
import type { MarkSpan, TextSpan } from '../editors/types';
import { clipPathFor, visibleBox } from './geometry';
import { isTextControl, type TextControl } from '../editors/text-control';
import { MARK_STYLES } from './highlights';
import { applyStyle, fillMirror, mirrorStyle } from './mirror';
import { reuseChildren } from '../ui/keep-nodes';

/** Marks for one field in the overlay layer. */
export interface OverlayMarks {
  /** Marks `spans` of `text` (text controls) or the given ranges' boxes (rich fields). */
  show(
    text: string,
    spans: readonly MarkSpan[],
    activeSpans: readonly TextSpan[],
    ranges?: { all: { range: Range; style: number }[]; active: Range[] },
  ): void;
  clear(): void;
  dispose(): void;
}

/** Text controls longer than this get no mirror (laying out a huge mirror would stall the page). */
export const MIRROR_TEXT_LIMIT = 200_000;

const sameSpan = (a: TextSpan) => (b: TextSpan) => a.start === b.start && a.end === b.end;

/** Creates the overlay for `field` inside `layer` (an element of Maxim's shadow root). */
export function createOverlay(field: HTMLElement, layer: HTMLElement): OverlayMarks {
  const doc = layer.ownerDocument;
  const box = doc.createElement('div');
  box.className = 'overlay';
  box.setAttribute('aria-hidden', 'true');
  box.setAttribute('data-maxim-overlay', isTextControl(field) ? 'mirror' : 'rects');
  layer.append(box);
  let stopFollowing: (() => void) | null = null;
  let drawRects: (() => void) | null = null;

  const place = () => {
    const rect = field.getBoundingClientRect();
    box.style.transform = `translate(${rect.left}px, ${rect.top}px)`;
    box.style.width = `${rect.width}px`;
    box.style.height = `${rect.height}px`;
    box.style.clipPath = clipPathFor(rect, visibleBox(field));
    if (isTextControl(field)) {
      box.scrollTop = field.scrollTop;
      box.scrollLeft = field.scrollLeft;
    } else drawRects?.();
  };
  const onScroll = () => place();
  const follow = () => {
    if (stopFollowing) return;
    const stop = autoUpdate(field, box, guard(place));
    const onScrollGuarded = guard(onScroll);
    field.addEventListener('scroll', onScrollGuarded, { passive: true });
    stopFollowing = () => {
      stop();
      field.removeEventListener('scroll', onScrollGuarded);
    };
  };
  const clear = () => {
    stopFollowing?.();
    stopFollowing = null;
    drawRects = null;
    // Hidden, its nodes kept for the next marks (content/ui/keep-nodes.ts).
    box.hidden = true;
  };

  const showMirror = (
    control: TextControl,
    text: string,
    spans: readonly MarkSpan[],
    active: readonly TextSpan[],
  ) => {
    const view = control.ownerDocument.defaultView;
    if (!view) return;
    applyStyle(box, mirrorStyle(control, view.getComputedStyle(control)));
    fillMirror(
      box,
      text,
      spans.map((s) => ({ ...s, active: active.some(sameSpan(s)) })),
      control.scrollHeight,
    );
  };

  const showRects = (ranges: { all: { range: Range; style: number }[]; active: Range[] }) => {
    drawRects = () => {
      const origin = field.getBoundingClientRect();
      const boxes: { rect: DOMRect; className: string }[] = [];
      for (const { range, style } of ranges.all) {
        const active = ranges.active.includes(range);
        for (const rect of Array.from(range.getClientRects())) {
          boxes.push({
            rect,
            className: active
              ? 'rect-mark rect-mark--active'
              : `rect-mark mark--s${style % MARK_STYLES.length}`,
          });
        }
      }
      const marks = reuseChildren(box, boxes.length, () => doc.createElement('div'));
      for (const mark of Array.from(box.children).slice(boxes.length)) mark.className = '';
      marks.forEach((mark, i) => {
        const { rect: r, className } = boxes[i]!;
        mark.className = className;
        mark.style.transform = `translate(${r.left - origin.left}px, ${r.top - origin.top}px)`;
        mark.style.width = `${r.width}px`;
        mark.style.height = `${r.height}px`;
      });
    };
  };

  return {
    show(text, spans, activeSpans, ranges) {
      if (spans.length === 0) return clear();
      if (isTextControl(field)) {
        if (text.length > MIRROR_TEXT_LIMIT) return clear();
        showMirror(field, text, spans, activeSpans);
      } else if (ranges) showRects(ranges);
      else return clear();
      box.hidden = false;
      follow();
      place();
    },
    clear,
    dispose() {
      clear();
      box.remove();
    },
  };
}
