/**
 * TinyMCE, in iframe mode (the field is the frame document's `body#tinymce`, where Maxim's content
 * script runs too) and inline mode. The editor instance lives in the page's world, out of reach, so
 * inserts go through a paste, which TinyMCE inserts as one undo level with the caret after it
 * (each line of the text on a line of its own). Typing (`execCommand`) is the fallback: TinyMCE
 * reads the native edit into its content, but its undo manager may group it with the last typing.
 */
import { createRichAdapter } from './rich-adapter';
import type { EditorKind } from './types';

/** A TinyMCE editing body (iframe mode) or inline editing root. */
export const tinymceKind: EditorKind = {
  kind: 'tinymce',
  matches: (element) => element.classList.contains('mce-content-body'),
  create: (element) =>
    createRichAdapter(element, {
      kind: 'tinymce',
      // TinyMCE's own helpers: elements it strips when saving, and the off-screen copy of a selected widget.
      skip: '[data-mce-bogus="all"], .mce-offscreen-selection',
      singleLine: ['paste', 'typing'],
      multiLine: ['paste'],
    }),
};
