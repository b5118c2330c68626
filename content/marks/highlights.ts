/**
 * Evidence marks in rich fields through the CSS Custom Highlight API: the page's DOM is untouched.
 *
 * A `::highlight()` rule applies only in the tree whose styles contain it, so our shadow root's
 * styles cannot reach page text. The rule therefore goes into the field's own tree (the document,
 * or the open shadow root the field lives in) as a constructed stylesheet in `adoptedStyleSheets`:
 * a change to the page's styles, not to its DOM, that selects nothing but our two highlight names,
 * and is removed again when the field loses focus.
 */

/** Highlight names; nothing else is styled in the page's scope. */
export const EVIDENCE_HIGHLIGHT = 'maxim-evidence';
export const ACTIVE_HIGHLIGHT = 'maxim-evidence-active';

/**
 * Underline styles that tell principles apart without colour (the card shows each principle's
 * beside its title); the principle the card shows is solid.
 */
export const MARK_STYLES = ['wavy', 'dotted', 'dashed', 'double'] as const;

/** The highlight name of mark style `style`. */
export const styleHighlight = (style: number) =>
  `${EVIDENCE_HIGHLIGHT}-${style % MARK_STYLES.length}`;

/** The only rules Maxim adds to a page's styles: they select our highlight names and nothing else. */
export const HIGHLIGHT_CSS = `${MARK_STYLES.map(
  (line, style) => `::highlight(${styleHighlight(style)}) {
  background-color: rgb(255 176 32 / 0.16);
  text-decoration: underline ${line} rgb(196 112 0);
  text-decoration-thickness: ${line === 'dotted' ? '2.5px' : '1.5px'};
  text-underline-offset: 3px;
}`,
).join('\n')}
::highlight(${ACTIVE_HIGHLIGHT}) {
  background-color: rgb(255 176 32 / 0.38);
  text-decoration: underline solid rgb(196 112 0);
  text-decoration-thickness: 2px;
  text-underline-offset: 3px;
}`;

interface HighlightWindow {
  CSS: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => unknown;
  CSSStyleSheet: typeof CSSStyleSheet;
}

/** Highlights for one field; `null` from createHighlighter when the browser cannot do it. */
export interface Highlighter {
  /** `byStyle[s]`: the ranges drawn in mark style `s`. */
  show(byStyle: readonly (readonly Range[])[], activeRanges: readonly Range[]): void;
  clear(): void;
  dispose(): void;
}

type StyleScope = Document | ShadowRoot;

function scopeOf(field: HTMLElement): StyleScope {
  const root = field.getRootNode();
  return root.nodeType === 11 ? (root as ShadowRoot) : field.ownerDocument;
}

/** Adds our sheet to the scope; false when the scope does not take constructed sheets. */
function adopt(scope: StyleScope, sheet: CSSStyleSheet): boolean {
  try {
    if (!scope.adoptedStyleSheets.includes(sheet))
      scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
    return scope.adoptedStyleSheets.includes(sheet);
  } catch {
    return false;
  }
}

function unadopt(scope: StyleScope, sheet: CSSStyleSheet): void {
  try {
    if (scope.adoptedStyleSheets.includes(sheet)) {
      scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  } catch {
    // The page replaced the list meanwhile; our sheet went with it.
  }
}

/** Creates highlights for a rich field, or returns null (no API, or the page's styles refuse the sheet). */
export function createHighlighter(field: HTMLElement): Highlighter | null {
  const win = field.ownerDocument.defaultView as unknown as HighlightWindow | null;
  const registry = win?.CSS?.highlights;
  if (!win || !registry || typeof win.Highlight !== 'function') return null;
  const HighlightClass = win.Highlight;
  const scope = scopeOf(field);
  let sheet: CSSStyleSheet;
  try {
    sheet = new win.CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
  } catch {
    return null;
  }
  if (!adopt(scope, sheet)) return null;
  const clear = () => {
    MARK_STYLES.forEach((_, style) => registry.delete(styleHighlight(style)));
    registry.delete(ACTIVE_HIGHLIGHT);
  };
  return {
    show(byStyle, activeRanges) {
      // The page may have dropped our sheet (frameworks reassign adoptedStyleSheets): re-adopt.
      adopt(scope, sheet);
      clear();
      byStyle.forEach((ranges, style) => {
        if (ranges.length > 0) registry.set(styleHighlight(style), new HighlightClass(...ranges));
      });
      if (activeRanges.length > 0)
        registry.set(ACTIVE_HIGHLIGHT, new HighlightClass(...activeRanges));
    },
    clear,
    dispose() {
      clear();
      unadopt(scope, sheet);
    },
  };
}
