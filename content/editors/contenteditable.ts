/**
 * Plain contenteditable fields (webmail compose boxes and the like): the browser is the editor, so
 * `execCommand('insertText')` is both the edit and the undo entry (setting the selection first ends
 * the rep's typing run, so the insert is an undo step of its own). A "\n" in the text starts a new
 * line: Chrome splits insertText into paragraphs (`<div>`), Firefox into `<br>` line breaks.
 */
import { createRichAdapter } from './rich-adapter';
import type { EditorKind } from './types';

/** Any other contenteditable root. */
export const contentEditableKind: EditorKind = {
  kind: 'contenteditable',
  matches: (element) => element.isContentEditable,
  create: (element) =>
    createRichAdapter(element, {
      kind: 'contenteditable',
      singleLine: ['typing'],
      multiLine: ['typing'],
    }),
};
