/**
 * CKEditor 5. Its engine re-renders the DOM from its model and reverts a native DOM edit, so
 * `execCommand` does not reach it. It takes a paste (clipboard pipeline, one undo step of its own,
 * each line a paragraph) and, as the fallback, a synthetic `beforeinput` insertText, which it
 * handles too but adds to the rep's current typing batch (one Ctrl+Z would undo both).
 */
import { createRichAdapter } from './rich-adapter';
import type { EditorKind } from './types';

/** The editable root (or a nested editable, e.g. a caption) of a CKEditor 5 instance. */
export const ckeditor5Kind: EditorKind = {
  kind: 'ckeditor5',
  matches: (element) => element.closest('.ck-editor__editable') !== null,
  create: (element) =>
    createRichAdapter(element, {
      kind: 'ckeditor5',
      // Shown while a widget is selected, for screen readers; not the rep's text.
      skip: '.ck-fake-selection-container',
      singleLine: ['paste', 'beforeinput'],
      multiLine: ['paste'],
      // CKEditor reads one newline of pasted plain text as a soft break and a blank line as a new
      // paragraph; a newline in a phrasing means a new paragraph, as Enter makes.
      pasteText: (text) => text.replace(/\n/g, '\n\n'),
    }),
};
