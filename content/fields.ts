/** Which focused element is a prose field Maxim may read, and which it must leave alone. */

const PROSE_INPUT_TYPES = new Set(['text', '']);
const OPT_OUT_SELECTOR =
  '[data-gramm="false"], [data-enable-grammarly="false"], [data-maxim="off"]';
const CODE_SELECTOR =
  '.cm-content, .CodeMirror, .monaco-editor, .ace_editor, [data-language], code, pre, .code, [class*="code-editor"]';

/** A field Maxim can analyse: a textarea, a prose text input, or the root of a contenteditable. */
export type ProseField = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

/** True for fields the rep opted out of, code editors and non-prose inputs. */
export function isExcluded(el: Element): boolean {
  if (el.closest(OPT_OUT_SELECTOR)) return true;
  if (el.closest(CODE_SELECTOR)) return true;
  if (el instanceof HTMLInputElement) {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (!PROSE_INPUT_TYPES.has(type)) return true; // password, search, email, url, number …
    const hint = `${el.name} ${el.id} ${el.autocomplete}`.toLowerCase();
    if (/\b(e-?mail|user(name)?|login|search|query|q)\b/.test(hint)) return true;
  }
  return (
    (el as HTMLElement).isContentEditable === false &&
    !(el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement)
  );
}

/** The editing root of a contenteditable element: the outermost editable ancestor. */
function contentEditableRoot(el: HTMLElement): HTMLElement {
  let rootEl = el;
  let parent = el.parentElement;
  while (parent && parent.isContentEditable) {
    rootEl = parent;
    parent = parent.parentElement;
  }
  return rootEl;
}

/** The prose field an event happened in, looking through open shadow roots; null when none. */
export function proseFieldFromEvent(event: Event): ProseField | null {
  return proseFieldFromPath(event.composedPath());
}

/** The focused element, looking into open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The first prose field on an event path (innermost first); null when none. */
export function proseFieldFromPath(path: readonly EventTarget[]): ProseField | null {
  for (const node of path) {
    if (!(node instanceof HTMLElement)) continue;
    if (node instanceof HTMLTextAreaElement || node instanceof HTMLInputElement) {
      return isExcluded(node) || node.readOnly || node.disabled ? null : node;
    }
    if (node.isContentEditable) {
      const rootEl = contentEditableRoot(node);
      return isExcluded(rootEl) ? null : rootEl;
    }
  }
  return null;
}
