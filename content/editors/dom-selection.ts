/**
 * Selection and focus for fields in documents, same-origin frames and open shadow roots. Nodes may
 * belong to another frame's realm, so checks use node types and tag names, not `instanceof`.
 */
import type { DomPoint } from './dom-text';
import type { CaretMemory } from './types';

/** A selection range's four boundary values (a Range or a StaticRange). */
export interface Boundaries {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

/** A shadow root that can hand out its own selection (Chromium). */
type SelectionRoot = ShadowRoot & { getSelection?: () => Selection | null };
/** `getComposedRanges` with the dictionary argument (Chromium 137+, Firefox 142+). */
type ComposedSelection = Selection & {
  getComposedRanges?: (options: { shadowRoots: ShadowRoot[] }) => StaticRange[];
};

/** The open shadow roots around a node, innermost first. */
function shadowRootsAround(node: Node): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let root = node.getRootNode();
  while (root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in root) {
    roots.push(root as ShadowRoot);
    root = (root as ShadowRoot).host.getRootNode();
  }
  return roots;
}

/** The Selection holding ranges inside the element: a shadow root's own one in Chromium, else the document's. */
export function selectionFor(el: HTMLElement): Selection | null {
  const root = el.getRootNode() as SelectionRoot;
  if (root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && typeof root.getSelection === 'function')
    return root.getSelection();
  return el.ownerDocument.getSelection();
}

/** True when the node is the element or inside it. */
function within(el: HTMLElement, node: Node): boolean {
  return node === el || el.contains(node);
}

/** The selection's first range when both its ends lie inside the element; null otherwise. */
export function selectionIn(el: HTMLElement): Boundaries | null {
  const selection = selectionFor(el) as ComposedSelection | null;
  if (!selection || selection.rangeCount === 0) return null;
  let range: Boundaries | undefined;
  const roots = shadowRootsAround(el);
  if (roots.length > 0 && typeof selection.getComposedRanges === 'function') {
    try {
      range = selection.getComposedRanges({ shadowRoots: roots })[0];
    } catch {
      range = undefined; // an older signature; getRangeAt below is right for it
    }
  }
  range ??= selection.getRangeAt(0);
  return within(el, range.startContainer) && within(el, range.endContainer) ? range : null;
}

/** A live Range with the same boundaries, in the element's document. */
export function toLiveRange(el: HTMLElement, boundaries: Boundaries): Range {
  const range = el.ownerDocument.createRange();
  range.setStart(boundaries.startContainer, boundaries.startOffset);
  range.setEnd(boundaries.endContainer, boundaries.endOffset);
  return range;
}

/** Resolves after a timer of `ms`. */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves on the next animation frame, or after 50 ms where frames are throttled (background tabs). */
export function nextFrame(el: HTMLElement): Promise<void> {
  const view = el.ownerDocument.defaultView;
  if (!view) return delay(0);
  return Promise.race([
    new Promise<void>((resolve) => view.requestAnimationFrame(() => resolve())),
    delay(50),
  ]);
}

/**
 * Lets the editor catch up with what just happened: its selectionchange, mutation and input
 * handlers run on later tasks (Quill's selection update waits 1 ms), and some render on a frame.
 */
export async function settle(el: HTMLElement): Promise<void> {
  await delay(0);
  await nextFrame(el);
  await delay(0);
}

/**
 * Puts the selection on the given points and waits until the editor has seen it: editors copy the
 * DOM selection into their model on `selectionchange`, which the browser fires on a later task.
 * The selection is set even when it is already there: that ends the browser's current typing run,
 * so an insert becomes its own native undo step instead of joining the rep's last words (Chrome).
 */
export async function select(
  el: HTMLElement,
  start: DomPoint,
  end: DomPoint = start,
): Promise<void> {
  const selection = selectionFor(el);
  if (!selection) return;
  const current = selectionIn(el);
  const unchanged =
    current?.startContainer === start.node &&
    current.startOffset === start.offset &&
    current.endContainer === end.node &&
    current.endOffset === end.offset;
  const doc = el.ownerDocument;
  const listening = new AbortController();
  const seen = new Promise<void>((resolve) =>
    doc.addEventListener('selectionchange', () => resolve(), { signal: listening.signal }),
  );
  try {
    selection.setBaseAndExtent(start.node, start.offset, end.node, end.offset);
  } catch {
    // A point the editor re-rendered away; the caller checks where the selection ended up.
    listening.abort();
    return;
  }
  if (!unchanged) await Promise.race([seen, delay(100)]);
  listening.abort();
  await settle(el);
}

/** True when the element (or something inside it) has focus, looking through shadow roots and frames. */
export function hasFocus(el: HTMLElement): boolean {
  const root = el.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  return el.ownerDocument.hasFocus() && active !== null && within(el, active);
}

/** Gives the element focus without scrolling, focusing its frame first when the frame has none. */
export function focusField(el: HTMLElement): void {
  if (hasFocus(el)) return;
  const view = el.ownerDocument.defaultView;
  if (view && !el.ownerDocument.hasFocus()) view.focus();
  el.focus({ preventScroll: true });
}

/**
 * Remembers the selection inside a rich field now, to be put back with the focus (editors restore
 * their own selection on focus; it is only corrected when it differs from the remembered one).
 */
export function rememberSelection(el: HTMLElement): CaretMemory {
  const inside = selectionIn(el);
  const saved = inside ? toLiveRange(el, inside) : null;
  return {
    restore() {
      el.focus({ preventScroll: true });
      if (!saved || !within(el, saved.startContainer) || !within(el, saved.endContainer)) return;
      const current = selectionIn(el);
      const same =
        current?.startContainer === saved.startContainer &&
        current.startOffset === saved.startOffset &&
        current.endContainer === saved.endContainer &&
        current.endOffset === saved.endOffset;
      if (same) return;
      const selection = selectionFor(el);
      selection?.removeAllRanges();
      selection?.addRange(saved);
    },
  };
}
