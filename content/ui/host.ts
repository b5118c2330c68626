/**
 * Maxim's own corner of the page: one plain host element in the top layer (popover) with a closed
 * shadow root, so page styles cannot reach in and ours cannot leak out.
 */

/** Maxim's UI root inside a page. */
export interface UiHost {
  /** The host element in the page (what the page sees of Maxim). */
  element: HTMLElement;
  root: ShadowRoot;
  /** Brings Maxim's UI above top-layer elements the page opened since. */
  raise(): void;
  /** Removes the host element and everything in it. */
  dispose(): void;
}

/**
 * Creates the host element, attaches a closed shadow root with the given CSS, shows it in the top
 * layer. `parent` is the document element, or the modal dialog the rep's field sits in: while a
 * modal dialog is open everything outside it is inert, so Maxim's UI goes inside it.
 */
export function createUiHost(
  doc: Document,
  css: string,
  parent: Element = doc.documentElement,
): UiHost {
  const host = doc.createElement('maxim-ui');
  // A plain custom-named element with no page styles applying to it; positioned by its content.
  const style: Record<string, string> = {
    all: 'initial',
    position: 'fixed',
    inset: '0 auto auto 0',
    width: '0',
    height: '0',
    overflow: 'visible',
    'z-index': '2147483647',
    margin: '0',
    border: '0',
    padding: '0',
    background: 'transparent',
  };
  for (const [name, value] of Object.entries(style))
    host.style.setProperty(name, value, 'important');
  const root = host.attachShadow({ mode: 'closed' });
  adoptCss(root, css);
  if ('popover' in host) host.popover = 'manual';
  parent.append(host);
  show(host);
  return {
    element: host,
    root,
    raise() {
      // The top layer stacks in order of showing: showing again puts Maxim on top.
      if (typeof host.hidePopover !== 'function' || !host.matches(':popover-open')) return;
      try {
        host.hidePopover();
      } catch {
        // Already hidden.
      }
      show(host);
    },
    dispose: () => host.remove(),
  };
}

/** Shows the host in the top layer where the browser has popovers. */
function show(host: HTMLElement): void {
  if (typeof host.showPopover !== 'function') return;
  try {
    host.showPopover();
  } catch {
    // Not connected or already shown: the fixed position and z-index still apply.
  }
}

/**
 * Puts CSS into the shadow root as a constructed stylesheet (not subject to the page's style CSP),
 * made by the host document's own constructor: a sheet may only be adopted in the document that made it.
 */
function adoptCss(root: ShadowRoot, css: string): void {
  const doc = root.ownerDocument;
  try {
    const SheetClass = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new SheetClass();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}
