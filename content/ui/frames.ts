/**
 * Fields inside frames (TinyMCE, legacy pages, nested composers) are often small: the card opens
 * in the top-most document of the same origin instead, so it has room. Marks and the badge stay
 * in the field's own document, where the field's coordinates and highlights live.
 */

import { frameContentOrigin, frameOf, isDocumentBody, type Box } from '../marks/geometry';

/**
 * What the card is placed against for a field: the field, or for an editable <body> (the field is
 * the whole frame) the frame element around it.
 */
export function layoutElement(field: HTMLElement): Element {
  let element: Element = field;
  while (isDocumentBody(element)) {
    const frame = frameOf(element.ownerDocument.defaultView);
    if (!frame) break;
    element = frame;
  }
  return element;
}

/** An element's rectangle in the coordinates of `target` (its own window or an ancestor frame's window). */
export function rectIn(element: Element, target: Window): Box {
  const r = element.getBoundingClientRect();
  let rect: Box = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  let win = element.ownerDocument.defaultView;
  while (win && win !== target) {
    const frame = frameOf(win);
    if (!frame) break;
    const { left: dx, top: dy } = frameContentOrigin(frame);
    rect = {
      left: rect.left + dx,
      top: rect.top + dy,
      right: rect.right + dx,
      bottom: rect.bottom + dy,
    };
    win = frame.ownerDocument.defaultView;
  }
  return rect;
}

/** The top-most ancestor document this frame may reach (same origin); the document itself at the top. */
export function hoistedDocument(doc: Document): Document {
  let current = doc;
  let win = doc.defaultView;
  while (win && win.parent && win.parent !== win) {
    let parentDoc: Document | null = null;
    try {
      parentDoc = win.parent.document;
      // Touching a property proves access (a cross-origin parent throws here).
      if (!parentDoc.documentElement) break;
    } catch {
      break;
    }
    current = parentDoc;
    win = parentDoc.defaultView;
  }
  return current;
}
