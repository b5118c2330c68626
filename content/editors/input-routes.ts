/**
 * The ways text can enter an editor the way a rep's own input does. Each route acts on the current
 * selection and reports only whether the browser or the editor took the event; the adapter verifies
 * the result by reading the text back.
 */

/** How an adapter gets text into its editor. */
export type InsertRoute =
  /** `execCommand('insertText')`: the browser edits the DOM as if typed and keeps a native undo entry. */
  | 'typing'
  /** A synthetic `paste` with the text as `text/plain`: editors insert it as one undoable change. */
  | 'paste'
  /** The same paste carrying `text/html` too, for editors that only take a paste's HTML themselves. */
  | 'paste-html'
  /** A synthetic `beforeinput` (`insertText`, or `insertReplacementText` over a selection) the editor handles itself. */
  | 'beforeinput';

/** The window whose constructors make events for this element (another frame's when the field lives there). */
function viewOf(el: HTMLElement): typeof globalThis {
  return (el.ownerDocument.defaultView ?? globalThis) as typeof globalThis;
}

/** `document.execCommand('insertText')` in the field's document; false when the browser refused it. */
export function typeText(el: HTMLElement, text: string): boolean {
  try {
    // Deprecated but the only script route that goes through the browser's own editing and undo stack.
    return el.ownerDocument.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/** Firefox's view of a page object from a content script: the object without its Xray wrapper. */
interface Waivable {
  wrappedJSObject?: DataTransfer;
}

/**
 * Writes the text (and its HTML) into a DataTransfer so that the page can read it. Firefox keeps
 * the principal of whoever set each item and gives the page "" for an item a content script set
 * (a content script's principal is not the page's): a synthetic paste reached Draft.js, Slate and
 * Trix empty, and TinyMCE and RoosterJS took the text only by typing, whose undo step also holds
 * the rep's last words. Set through the page's own object (the Xray
 * wrapper waived), the item is the page's. Where there is no wrapper (Chrome, a page's own script)
 * or that call throws (a page that replaced `setData`), the plain call does it.
 */
function writeTransfer(transfer: DataTransfer, text: string, html?: string): void {
  const own = (transfer as Waivable).wrappedJSObject;
  if (own) {
    try {
      own.setData('text/plain', text);
      if (html !== undefined) own.setData('text/html', html);
      return;
    } catch {
      // Set it as the content script below: the paste then carries no text the page can read.
    }
  }
  transfer.setData('text/plain', text);
  if (html !== undefined) transfer.setData('text/html', html);
}

/** A DataTransfer holding the text as `text/plain` (and as `text/html` when given). */
function plainTextTransfer(el: HTMLElement, text: string, html?: string): DataTransfer {
  const transfer = new (viewOf(el).DataTransfer)();
  writeTransfer(transfer, text, html);
  return transfer;
}

/**
 * Escapes text for HTML, one `<p>` per line: the `text/html` a browser writes for copied plain
 * text. Spaces at a line's ends become NBSP, which HTML would otherwise drop.
 */
export function textAsHtml(text: string): string {
  const escape = (line: string) =>
    line
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/^ | $/g, '&nbsp;');
  const lines = text.split('\n');
  return lines.length === 1 ? escape(text) : lines.map((line) => `<p>${escape(line)}</p>`).join('');
}

/**
 * Dispatches a paste of plain text (with its HTML form when `html` is given) at the field; true
 * when the editor handled it (prevented the default).
 */
export function pasteText(el: HTMLElement, text: string, html?: string): boolean {
  const event = new (viewOf(el).ClipboardEvent)('paste', {
    clipboardData: plainTextTransfer(el, text, html),
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  // Firefox ignores `clipboardData` in the constructor but lets a synthetic event's own one be written.
  if (event.clipboardData && event.clipboardData.getData('text/plain') !== text)
    writeTransfer(event.clipboardData, text, html);
  el.dispatchEvent(event);
  return event.defaultPrevented;
}

/**
 * Dispatches `beforeinput` for the selection `target`: `insertText` at a caret, `insertReplacementText`
 * over a range (as spell checkers do). True when the editor handled it; a synthetic beforeinput has
 * no default action, so an editor that ignores it leaves the text unchanged.
 */
export function beforeInputText(el: HTMLElement, text: string, target: StaticRange): boolean {
  const view = viewOf(el);
  const replacing = !target.collapsed;
  const event = new view.InputEvent('beforeinput', {
    inputType: replacing ? 'insertReplacementText' : 'insertText',
    data: text,
    // Editors read the text of a replacement from dataTransfer, as the Input Events spec has it.
    dataTransfer: replacing ? plainTextTransfer(el, text) : null,
    targetRanges: [target],
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  el.dispatchEvent(event);
  return event.defaultPrevented;
}

/** A StaticRange in the element's realm. */
export function staticRange(el: HTMLElement, init: StaticRangeInit): StaticRange {
  return new (viewOf(el).StaticRange)(init);
}

/** Runs one route on the current selection. */
export function runRoute(
  route: InsertRoute,
  el: HTMLElement,
  text: string,
  target: StaticRange,
): boolean {
  if (route === 'typing') return typeText(el, text);
  if (route === 'paste') return pasteText(el, text);
  if (route === 'paste-html') return pasteText(el, text, textAsHtml(text));
  return beforeInputText(el, text, target);
}
