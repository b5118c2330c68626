/**
 * The one interface every editor adapter implements (one adapter per file in content/editors/,
 * listed in the registry in content/editors/index.ts). Adding an editor is adding a file here and a
 * fixture page in test/fixtures/.
 */

/** A span of the field's plain text, in UTF-16 offsets of the string `read()` returned. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A span of evidence to mark, with the mark style of its principle (0–3: wavy, dotted, dashed, double). */
export interface MarkSpan extends TextSpan {
  style: number;
}

/** Where an insert goes: at the caret, or replacing a span of the text. */
export type InsertTarget = { kind: 'caret' } | { kind: 'replace'; span: TextSpan };

/** What an insert did, verified by reading the text back. */
export type InsertResult = { ok: true } | { ok: false; reason: string };

/** A remembered caret that can be put back. */
export interface CaretMemory {
  /** Focuses the field and restores the caret (or selection) as it was. */
  restore(): void;
}

/** One editor instance bound to one field. */
export interface EditorAdapter {
  /** The adapter's kind, e.g. `textarea`, `ckeditor5`, `tinymce`. */
  readonly kind: string;
  /** The element the rep types into (a textarea/input, or the editing root). */
  readonly element: HTMLElement;
  /** The field's plain text as the rep sees it; paragraphs separated by "\n". */
  read(): string;
  /**
   * DOM ranges covering the spans, for highlighting (CSS Custom Highlight API); empty when the field
   * has no DOM text nodes for them (textarea/input: the overlay measures instead).
   */
  rangesFor(spans: readonly TextSpan[]): Range[];
  /** The caret's offset in the text `read()` returns (0 when the caret is not in the field). */
  caretOffset(): number;
  /** The character just before the caret ('' at the start of the text or when unknown). */
  charBeforeCaret(): string;
  /** Remembers the caret now (before focus moves into Maxim's card), to be put back on Esc or Insert. */
  rememberCaret(): CaretMemory;
  /** Inserts text through the route the editor listens to, keeping undo and caret; verifies by reading back. */
  insert(text: string, at: InsertTarget): Promise<InsertResult>;
  /**
   * What the editor's DOM marks as not the rep's new words (a reply's quote block, a signature),
   * in offsets of the last `read()`; absent for plain-text fields, where the engine reads the text alone.
   */
  structure?(): { quoted: TextSpan[]; ignored: TextSpan[] };
  /** Stops listening; the adapter must leave nothing behind. */
  dispose(): void;
}

/** A kind of editor: recognises its fields and binds an adapter to one. */
export interface EditorKind {
  readonly kind: string;
  /** True when this kind handles the element (checked in registry order, most specific first). */
  matches(element: HTMLElement): boolean;
  /** Binds an adapter to the element. */
  create(element: HTMLElement): EditorAdapter;
}
