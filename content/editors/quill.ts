/**
 * Quill. It watches its DOM with a MutationObserver and turns native edits into deltas its history
 * records (merging changes less than a second apart, as for typing), so one line goes in as typing
 * (`execCommand`). Text with newlines goes in as a paste, which Quill's clipboard splits into lines.
 */
import { createRichAdapter } from './rich-adapter';
import type { EditorKind } from './types';

/** Quill's editing root. */
export const quillKind: EditorKind = {
  kind: 'quill',
  matches: (element) => element.classList.contains('ql-editor'),
  create: (element) =>
    createRichAdapter(element, {
      kind: 'quill',
      // List markers and other UI Quill draws inside lines.
      skip: '.ql-ui',
      singleLine: ['typing', 'paste'],
      multiLine: ['paste'],
    }),
};
