/**
 * A mirror of a textarea or text input inside Maxim's shadow root: the same box and every property
 * that decides where text wraps and lands, so spans of the mirror sit exactly over the field's text.
 */
import type { TextControl } from '../editors/text-control';
import { setText } from '../ui/keep-nodes';

/** Text-layout properties copied one to one from the field's computed style. */
export const MIRRORED_PROPERTIES = [
  'direction',
  'writing-mode',
  'box-sizing',
  'font-family',
  'font-size',
  'font-size-adjust',
  'font-stretch',
  'font-style',
  'font-variant',
  'font-weight',
  'font-feature-settings',
  'font-kerning',
  'font-variation-settings',
  'font-optical-sizing',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-indent',
  'text-transform',
  'text-align',
  'text-rendering',
  'white-space',
  'word-break',
  'overflow-wrap',
  'hyphens',
  'tab-size',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
] as const;

const px = (value: string) => Number.parseFloat(value) || 0;

/**
 * The mirror's style for a field: the copied properties, plus what differs between a live field
 * and a plain div (single-line inputs, scrollbars, borders drawn transparent).
 */
export function mirrorStyle(
  field: TextControl,
  computed: CSSStyleDeclaration,
): Record<string, string> {
  const style: Record<string, string> = {};
  for (const name of MIRRORED_PROPERTIES) style[name] = computed.getPropertyValue(name);
  const isInput = field.localName === 'input';
  const borderX = px(computed.borderLeftWidth) + px(computed.borderRightWidth);
  const borderY = px(computed.borderTopWidth) + px(computed.borderBottomWidth);
  // A scrollbar narrows the text area of the field; the mirror has none, so pad by its width.
  const scrollbarX = Math.max(0, field.offsetWidth - field.clientWidth - borderX);
  const scrollbarY = Math.max(0, field.offsetHeight - field.clientHeight - borderY);
  style['padding-right'] = `${px(computed.paddingRight) + scrollbarX}px`;
  style['padding-bottom'] = `${px(computed.paddingBottom) + scrollbarY}px`;
  style['border-style'] = 'solid';
  style['border-color'] = 'transparent';
  style['box-sizing'] = 'border-box';
  style['width'] = `${field.offsetWidth}px`;
  style['height'] = `${field.offsetHeight}px`;
  style['overflow'] = 'hidden';
  if (isInput) {
    // An input shows one line, vertically centred in its content box, and never wraps.
    const contentHeight = field.clientHeight - px(computed.paddingTop) - px(computed.paddingBottom);
    style['white-space'] = 'pre';
    style['overflow-wrap'] = 'normal';
    style['line-height'] = `${Math.max(contentHeight, 0)}px`;
  }
  return style;
}

/** Applies a style record to an element (our own element, in our shadow root). */
export function applyStyle(element: HTMLElement, style: Record<string, string>): void {
  for (const [name, value] of Object.entries(style)) element.style.setProperty(name, value);
}

/** A span of the mirror to mark, and whether it belongs to the principle the card shows. */
export interface MirrorSpan {
  start: number;
  end: number;
  active: boolean;
  /** Mark style of its principle (see MARK_STYLES). */
  style?: number;
}

/**
 * Fills the mirror with the field's text, each span wrapped in a `<span class="mark">`.
 * `scrollHeight` (the field's) keeps the mirror as tall as the field's content, so it scrolls alike.
 * The mirror is updated in place and keeps its nodes (content/ui/keep-nodes.ts): its children are
 * a text node, then a mark and a text node per span, then the spacer; those of marks no longer
 * there are hidden, emptied and lose their class.
 */
export function fillMirror(
  mirror: HTMLElement,
  text: string,
  spans: readonly MirrorSpan[],
  scrollHeight = 0,
): void {
  const doc = mirror.ownerDocument;
  const texts: string[] = [];
  const marks: { className: string; text: string }[] = [];
  let at = 0;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  for (const span of sorted) {
    const start = Math.max(span.start, at);
    const end = Math.min(span.end, text.length);
    if (end <= start) continue;
    texts.push(text.slice(at, start));
    marks.push({
      className: span.active ? 'mark mark--active' : `mark mark--s${(span.style ?? 0) % 4}`,
      text: text.slice(start, end),
    });
    at = end;
  }
  // Text after the last mark cannot move it: leave it out, the mirror is laid out faster. (A trailing
  // newline would make a textarea one line taller; the zero-width space keeps that line.)
  const rest = text.slice(at);
  texts.push(`${rest.slice(0, rest.search(/\n|$/))}\u200b`);

  let spacer = mirror.lastChild as HTMLElement | null;
  if (spacer?.nodeType !== Node.ELEMENT_NODE || !spacer.hasAttribute('data-spacer')) {
    // A mirror filled for the first time (it is empty then: nothing is taken out).
    mirror.replaceChildren();
    spacer = doc.createElement('div');
    spacer.setAttribute('data-spacer', '');
    mirror.append(doc.createTextNode(''), spacer);
  }
  const nodes = Array.from(mirror.childNodes).slice(0, -1);
  for (let i = 0; i < Math.max(marks.length, (nodes.length - 1) / 2); i += 1) {
    let mark = nodes[1 + 2 * i] as HTMLElement | undefined;
    let after = nodes[2 + 2 * i] as Text | undefined;
    if (!mark || !after) {
      mark = doc.createElement('span');
      after = doc.createTextNode('');
      mirror.insertBefore(mark, spacer);
      mirror.insertBefore(after, spacer);
    }
    const wanted = marks[i];
    if (wanted) {
      mark.className = wanted.className;
      mark.style.removeProperty('display');
      setText(mark, wanted.text);
    } else {
      mark.className = '';
      mark.style.setProperty('display', 'none');
      setText(mark, '');
    }
    after.data = texts[i + 1] ?? '';
  }
  (mirror.firstChild as Text).data = texts[0] as string;
  spacer.style.height = scrollHeight > 0 ? `${scrollHeight}px` : '0';
}
