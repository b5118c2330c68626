/** Rectangles in viewport coordinates: where a field is visible, and how to clip to it. */
import { getOverflowAncestors } from '@floating-ui/dom';

/** A rectangle in viewport (client) coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function intersect(a: Box, b: Box): Box {
  return {
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  };
}

/** The part of an element's box inside its own window's viewport and its scrolling ancestors. */
function visibleInOwnWindow(element: Element): Box {
  const win = element.ownerDocument.defaultView;
  const viewport: Box = {
    left: 0,
    top: 0,
    right: win?.innerWidth ?? 0,
    bottom: win?.innerHeight ?? 0,
  };
  // An editable <body> (TinyMCE's frame) fills its window, however short its text is.
  if (isDocumentBody(element)) return viewport;
  let box: Box = element.getBoundingClientRect();
  if (win) box = intersect(box, viewport);
  for (const ancestor of getOverflowAncestors(element)) {
    if (
      !(ancestor as Element).getBoundingClientRect ||
      ancestor === element.ownerDocument.documentElement
    )
      continue;
    const el = ancestor as Element;
    if (el.ownerDocument !== element.ownerDocument) continue;
    const rect = el.getBoundingClientRect();
    box = intersect(box, {
      left: rect.left + el.clientLeft,
      top: rect.top + el.clientTop,
      right: rect.left + el.clientLeft + el.clientWidth,
      bottom: rect.top + el.clientTop + el.clientHeight,
    });
  }
  return box;
}

/** Whether an element is its document's body or root element (the field is a whole frame). */
export function isDocumentBody(element: Element): boolean {
  return (
    element === element.ownerDocument.body || element === element.ownerDocument.documentElement
  );
}

/**
 * Where a frame's content starts, in the coordinates of the frame element's own window: its box
 * plus border and padding. A point in the frame's window moves by this into the parent's.
 */
export function frameContentOrigin(frame: Element): { left: number; top: number } {
  const rect = frame.getBoundingClientRect();
  const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
  return {
    left: rect.left + frame.clientLeft + (Number.parseFloat(style?.paddingLeft ?? '0') || 0),
    top: rect.top + frame.clientTop + (Number.parseFloat(style?.paddingTop ?? '0') || 0),
  };
}

/** The frame element of a window when this script may reach it (same origin), else null. */
export function frameOf(win: Window | null): Element | null {
  try {
    return win?.frameElement ?? null;
  } catch {
    return null;
  }
}

/**
 * The part of an element that is visible: not clipped by scrolling ancestors, the viewport, or the
 * frames around it (as far as they are same-origin). In the element's own window's coordinates.
 */
export function visibleBox(element: Element): Box {
  let box = visibleInOwnWindow(element);
  const frame = frameOf(element.ownerDocument.defaultView);
  if (frame) {
    // The frame's visible part, in the parent's coordinates, moved into this window's coordinates.
    const outer = visibleBox(frame);
    const { left, top } = frameContentOrigin(frame);
    box = intersect(box, {
      left: outer.left - left,
      top: outer.top - top,
      right: outer.right - left,
      bottom: outer.bottom - top,
    });
  }
  return box;
}

/** Whether a box has no area. */
export function isEmpty(box: Box): boolean {
  return box.right <= box.left || box.bottom <= box.top;
}

/** A CSS clip-path keeping only `visible` of an element placed at `rect`. */
export function clipPathFor(rect: Box, visible: Box): string {
  const top = Math.max(0, visible.top - rect.top);
  const left = Math.max(0, visible.left - rect.left);
  const right = Math.max(0, rect.right - visible.right);
  const bottom = Math.max(0, rect.bottom - visible.bottom);
  return `inset(${top}px ${right}px ${bottom}px ${left}px)`;
}

/** Whether two boxes overlap, `margin` pixels counting as overlap. */
export function overlaps(a: Box, b: Box, margin = 0): boolean {
  return (
    a.left < b.right + margin &&
    b.left < a.right + margin &&
    a.top < b.bottom + margin &&
    b.top < a.bottom + margin
  );
}
