/**
 * Which prose field has focus, found from focus events (capture phase, through open shadow roots),
 * never by polling. While a field has focus a mutation observer watches for it being removed
 * (browsers fire no blur then); it is the only observer Maxim runs.
 */
import { deepActiveElement, proseFieldFromEvent, proseFieldFromPath } from '../fields';
import { guard, listen } from '../guard';
import { hoistedDocument } from '../ui/frames';

/** What the tracker needs to know about Maxim's own UI. */
export interface MaximUiProbe {
  /** Whether an event target (as the page sees it) is one of Maxim's hosts. */
  isMaxim(target: EventTarget | null): boolean;
  /** Whether keyboard focus is in Maxim's card (which may live in an ancestor document). */
  hasFocus(): boolean;
}

/** Calls `onField` with the focused prose field whenever it changes (null when none). */
export function trackFocus(
  doc: Document,
  maxim: MaximUiProbe,
  onField: (field: HTMLElement | null) => void,
  signal: AbortSignal,
): void {
  const isMaxim = (target: EventTarget | null) => maxim.isMaxim(target);
  let current: HTMLElement | null = null;
  let observer: MutationObserver | null = null;

  const set = (field: HTMLElement | null) => {
    if (field === current) return;
    current = field;
    observer?.disconnect();
    observer = null;
    if (field) watchRemoval(field);
    onField(field);
  };

  const watchRemoval = (field: HTMLElement) => {
    const view = doc.defaultView;
    if (!view) return;
    observer = new view.MutationObserver(
      guard(() => {
        if (!field.isConnected) set(null);
      }),
    );
    observer.observe(field.getRootNode() as Node, { childList: true, subtree: true });
  };

  /** Focus is still in the current field, or in Maxim's UI, or the whole window lost focus. */
  const stillThere = () => {
    if (maxim.hasFocus()) return true;
    const active = deepActiveElement(doc);
    if (isMaxim(active)) return true;
    if (current === null || active === null || !(active === current || current.contains(active)))
      return false;
    if (doc.hasFocus()) return true;
    // This frame lost focus: to another part of the page (drop the field) or to another window (keep it).
    const top = hoistedDocument(doc);
    return top === doc || !top.hasFocus();
  };

  listen<FocusEvent>(
    doc,
    'focusin',
    (event) => {
      if (isMaxim(event.target)) return;
      set(proseFieldFromEvent(event));
    },
    signal,
    true,
  );
  listen<FocusEvent>(
    doc,
    'focusout',
    (event) => {
      if (isMaxim(event.relatedTarget)) return;
      // Focus moving to another element arrives as focusin. Focus going nowhere is either the window
      // losing focus (the field stays the active element: keep it) or a click on nothing (drop it).
      if (event.relatedTarget === null) {
        doc.defaultView?.setTimeout(
          guard(() => {
            if (!signal.aborted && !stillThere()) set(null);
          }),
          0,
        );
      }
    },
    signal,
    true,
  );
  signal.addEventListener(
    'abort',
    () => {
      observer?.disconnect();
      observer = null;
      current = null;
    },
    { once: true },
  );

  // Focus may already be in a field when the script arrives (document_idle).
  const active = deepActiveElement(doc);
  if (active && !isMaxim(active)) set(proseFieldFromPath([active]));
}
