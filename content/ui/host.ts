/**
 * Maxim's own corner of the page: one plain host element in the top layer (popover) with a closed
 * shadow root, so page styles cannot reach in and ours cannot leak out.
 */

/** Maxim's UI root inside a page. */
export interface UiHost {
  root: ShadowRoot;
  /** Removes the host element and everything in it. */
  dispose(): void;
}

/** Creates the host element, attaches a closed shadow root with the given CSS, shows it in the top layer. */
export function createUiHost(doc: Document, css: string): UiHost {
  const host = doc.createElement('maxim-ui');
  // A plain custom-named element with no page styles applying to it; positioned by its content.
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('position', 'fixed', 'important');
  host.style.setProperty('inset', '0 auto auto 0', 'important');
  host.style.setProperty('width', '0', 'important');
  host.style.setProperty('height', '0', 'important');
  host.style.setProperty('overflow', 'visible', 'important');
  host.style.setProperty('z-index', '2147483647', 'important');
  const root = host.attachShadow({ mode: 'closed' });
  adoptCss(root, css);
  if ('popover' in host) host.popover = 'manual';
  doc.documentElement.append(host);
  if (typeof host.showPopover === 'function') {
    try {
      host.showPopover();
      host.style.setProperty('margin', '0', 'important');
      host.style.setProperty('border', '0', 'important');
      host.style.setProperty('padding', '0', 'important');
      host.style.setProperty('background', 'transparent', 'important');
    } catch {
      // Not connected or already shown: the fixed position and z-index still apply.
    }
  }
  return { root, dispose: () => host.remove() };
}

/** Puts CSS into the shadow root as a constructed stylesheet (not subject to the page's style CSP). */
function adoptCss(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}
