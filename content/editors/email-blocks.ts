/**
 * The parts of a compose field that are not the rep's new words, as the editor's DOM marks them:
 * the quoted message of a reply (Gmail's `.gmail_quote`, Apple Mail and Thunderbird's
 * `blockquote[type=cite]`, everything after Outlook's reply header `#divRplyFwdMsg`) and the
 * signature (`.gmail_signature`, Outlook's `#Signature`, Thunderbird's `.moz-signature`). The
 * engine finds the same parts in plain text too; the DOM's word is firmer where there is one.
 */
import type { DomText } from './dom-text';
import type { TextSpan } from './types';

/** Quoted message and ignored parts of a field's text, in offsets of `DomText.text`. */
export interface FieldStructure {
  quoted: TextSpan[];
  ignored: TextSpan[];
}

const QUOTED = ['.gmail_quote', 'blockquote[type="cite"]', '.yahoo_quoted'].join(', ');
/** Outlook's reply header and its marker: the quoted message is what follows them. */
const QUOTE_FOLLOWS = '#divRplyFwdMsg, #appendonsend';
const IGNORED = [
  '.gmail_signature',
  '[data-smartmail="gmail_signature"]',
  '#Signature',
  '#signature',
  '.moz-signature',
  '#divRplyFwdMsg',
  '.gmail_attr',
].join(', ');

/** The structure of `root`'s text (`text` is its last walk); empty lists when the DOM marks nothing. */
export function fieldStructure(root: HTMLElement, text: DomText): FieldStructure {
  const following: Element[] = [];
  for (const marker of root.querySelectorAll(QUOTE_FOLLOWS))
    for (let next = marker.nextElementSibling; next; next = next.nextElementSibling)
      following.push(next);
  return {
    quoted: spansOf([...root.querySelectorAll(QUOTED), ...following], text),
    ignored: spansOf([...root.querySelectorAll(IGNORED)], text),
  };
}

/** Text spans of the outermost of `found`, in text order. */
function spansOf(found: readonly Element[], text: DomText): TextSpan[] {
  const elements = found.filter(
    (element, _, all) => !all.some((other) => other !== element && other.contains(element)),
  );
  const spans: TextSpan[] = [];
  for (const element of elements) {
    let start = -1;
    let end = -1;
    text.runNode.forEach((node, i) => {
      if (!element.contains(node)) return;
      const runStart = text.runStart[i] as number;
      if (start === -1) start = runStart;
      end = runStart + (text.runLength[i] as number);
    });
    if (start !== -1 && end > start) spans.push({ start, end });
  }
  return spans.sort((a, b) => a.start - b.start);
}
