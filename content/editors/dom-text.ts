/**
 * The plain text of a contenteditable as the rep sees it, in one linear walk of its DOM: block
 * elements and `<br>` give "\n", editor-internal filler characters and non-editable widgets give
 * nothing. The walk keeps where each run of text came from, so text offsets map back to DOM ranges.
 */
/** Elements that start a new line. */
// prettier-ignore
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul',
]);
/** Elements whose content is never text the rep wrote. */
// prettier-ignore
const IGNORED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'img', 'video', 'audio', 'canvas', 'object', 'iframe']);
/**
 * Characters editors put into the DOM for their own needs: ZWSP, CKEditor 5's inline filler
 * (U+2060 × 7), and U+FEFF (TinyMCE's caret container, Quill's cursor blot).
 */
const FILLER = /[\u200b\u2060\ufeff]/;
const FILLER_RUNS = /[^\u200b\u2060\ufeff]+/g;

/** A DOM point: a node and an offset in it, as in the Range API. */
export interface DomPoint {
  node: Node;
  offset: number;
}

/** What to leave out besides the defaults; each editor adds its own internals. */
export interface WalkOptions {
  /** Elements (and their subtrees) that are not the rep's text, e.g. `.ck-fake-selection-container`. */
  skip?: string;
}

/** The text of a field and the text runs it came from (parallel arrays, in text order). */
export interface DomText {
  text: string;
  /** Text offset where each run starts. */
  runStart: number[];
  runNode: Text[];
  /** Offset in the text node where each run starts. */
  runNodeOffset: number[];
  runLength: number[];
}

/** Walk state: the text so far and the line breaks still owed to it. */
class TextBuilder {
  readonly parts: string[] = [];
  length = 0;
  /** A block boundary was passed: the next content starts a new line (unless nothing came before). */
  pendingBlockBreak = false;
  /** A `<br>` whose newline counts only if more content follows in its block (a trailing one does not). */
  pendingBr = false;
  /** Something, if only an empty line, has been emitted. */
  started = false;
  readonly result: DomText = {
    text: '',
    runStart: [],
    runNode: [],
    runNodeOffset: [],
    runLength: [],
  };

  blockBoundary(): void {
    this.pendingBr = false;
    this.pendingBlockBreak = true;
  }

  /** The newlines owed before new content. */
  private flushBlockBreak(): void {
    if (this.pendingBlockBreak && this.started) this.emit('\n');
    this.pendingBlockBreak = false;
  }

  private flushAll(): void {
    this.flushBlockBreak();
    if (this.pendingBr) this.emit('\n');
    this.pendingBr = false;
  }

  lineBreak(): void {
    this.flushAll();
    this.pendingBr = true;
    this.started = true;
  }

  textRun(node: Text, nodeOffset: number, value: string): void {
    this.flushAll();
    this.result.runStart.push(this.length);
    this.result.runNode.push(node);
    this.result.runNodeOffset.push(nodeOffset);
    this.result.runLength.push(value.length);
    this.emit(value);
    this.started = true;
  }

  /** The text offset of a point the walk is at now, counting the breaks owed before what follows. */
  offsetHere(): number {
    const blockBreak = this.pendingBlockBreak && this.started ? 1 : 0;
    return this.length + blockBreak + (this.pendingBr ? 1 : 0);
  }

  private emit(value: string): void {
    this.parts.push(value);
    this.length += value.length;
  }

  finish(): DomText {
    // Editors write typed spaces as NBSP to keep them visible; the rep typed a space.
    this.result.text = this.parts.join('').replace(/\u00a0/g, ' ');
    return this.result;
  }
}

/** Whether white space in the field is kept as typed (all rich editors set `pre-wrap`). */
function keepsWhiteSpace(root: HTMLElement): boolean {
  const view = root.ownerDocument.defaultView;
  const whiteSpace = view ? view.getComputedStyle(root).whiteSpace : 'normal';
  return whiteSpace.startsWith('pre') || whiteSpace === 'break-spaces';
}

/** Adds one text node's runs, leaving out filler characters; returns the text offset of `stopAt` in it. */
function addText(
  builder: TextBuilder,
  node: Text,
  collapse: boolean,
  stopAt: number | null,
): number | null {
  let data = node.data;
  if (collapse) {
    // Source formatting between tags (a newline and indentation) is not shown in a `normal` field.
    if (/^\s*$/.test(data) && /[\n\r]/.test(data))
      return stopAt === null ? null : builder.offsetHere();
    data = data.replace(/[\n\r\t]/g, ' ');
  }
  if (data.length === 0) return stopAt === null ? null : builder.offsetHere();
  if (!FILLER.test(data)) {
    builder.textRun(node, 0, data);
    return stopAt === null ? null : builder.length - data.length + Math.min(stopAt, data.length);
  }
  let found: number | null = null;
  for (const match of data.matchAll(FILLER_RUNS)) {
    builder.textRun(node, match.index, match[0]);
    if (stopAt === null || found !== null) continue;
    const runTextStart = builder.length - match[0].length;
    // A point inside the filler before this run belongs to the run's start.
    if (stopAt <= match.index) found = runTextStart;
    else if (stopAt <= match.index + match[0].length) found = runTextStart + stopAt - match.index;
  }
  if (stopAt !== null && found === null) found = builder.offsetHere();
  return found;
}

/** Whether an element and its subtree are left out of the text. */
function isSkipped(el: Element, root: HTMLElement, skip: string | undefined): boolean {
  if (IGNORED_TAGS.has(el.localName) || el.hasAttribute('hidden')) return true;
  // Widgets, decorators and editor UI inside the field are marked non-editable.
  if (el !== root && el.getAttribute('contenteditable') === 'false') return true;
  return skip !== undefined && el.matches(skip);
}

/** The node following `node` in document order once its subtree is done, calling `leave` for each element left. */
function nextAfter(node: Node, root: Node, leave: (el: Element) => boolean): Node | null | 'stop' {
  let current: Node | null = node;
  while (current && current !== root) {
    if (current.nextSibling) return current.nextSibling;
    current = current.parentNode;
    if (current && current !== root && leave(current as Element)) return 'stop';
  }
  return null;
}

/**
 * Walks the field once. Without `stop`, returns its text and runs; with `stop`, returns the text
 * offset of that DOM point (null when the point is not in the field).
 */
function walk(
  root: HTMLElement,
  options: WalkOptions,
  stop: DomPoint | null,
): { text: DomText; stopOffset: number | null } {
  const builder = new TextBuilder();
  const collapse = !keepsWhiteSpace(root);
  const stopBefore =
    stop && stop.node.nodeType !== Node.TEXT_NODE
      ? (stop.node.childNodes[stop.offset] ?? null)
      : null;
  const stopAtEndOf =
    stop && stop.node.nodeType !== Node.TEXT_NODE && stopBefore === null ? stop.node : null;
  let stopOffset: number | null = null;
  const done = () => ({ text: builder.finish(), stopOffset });
  const leave = (el: Element): boolean => {
    if (el === stopAtEndOf) {
      stopOffset = builder.offsetHere();
      return true;
    }
    if (BLOCK_TAGS.has(el.localName)) builder.blockBoundary();
    return false;
  };
  let node: Node | null = root.firstChild;
  if (!node && stopAtEndOf === root) return { text: builder.finish(), stopOffset: 0 };
  while (node) {
    if (node === stopBefore) {
      stopOffset = builder.offsetHere();
      return done();
    }
    let descend = false;
    if (node.nodeType === Node.TEXT_NODE) {
      const found = addText(
        builder,
        node as Text,
        collapse,
        node === stop?.node ? stop.offset : null,
      );
      if (found !== null) {
        stopOffset = found;
        return done();
      }
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (isSkipped(el, root, options.skip)) {
        if (stop && el.contains(stop.node)) {
          stopOffset = builder.offsetHere();
          return done();
        }
      } else if (el.localName === 'br') {
        builder.lineBreak();
      } else {
        if (BLOCK_TAGS.has(el.localName)) builder.blockBoundary();
        descend = el.firstChild !== null;
        if (!descend && leave(el)) return done();
      }
    }
    const next: Node | null | 'stop' = descend ? node.firstChild : nextAfter(node, root, leave);
    if (next === 'stop') return done();
    node = next;
  }
  // The end of the field is the end of its last line, whatever block boundary came before it.
  if (stopAtEndOf === root) stopOffset = builder.length;
  return done();
}

/** The field's plain text with the runs it came from. */
export function readDomText(root: HTMLElement, options: WalkOptions = {}): DomText {
  return walk(root, options, null).text;
}

/** The text offset of a DOM point inside the field, or null when the point lies outside it. */
export function textOffsetOf(
  root: HTMLElement,
  point: DomPoint,
  options: WalkOptions = {},
): number | null {
  if (point.node !== root && !root.contains(point.node)) return null;
  return walk(root, options, point).stopOffset;
}
