/**
 * Plain contenteditable fields (webmail compose boxes and the like) and editors that mark their
 * root with nothing of their own, such as RoosterJS (Outlook on the web). A paste comes first: an
 * editor on the root (Rooster's content model) inserts it as one undo snapshot of its own, after
 * closing the rep's typing with a snapshot; the browser ignores a synthetic paste, so where no
 * editor handles it the text is unchanged and typing follows. There the browser is the editor, so
 * `execCommand('insertText')` is both the edit and the undo entry (setting the selection first ends
 * the rep's typing run, so the insert is an undo step of its own); typing would put text into
 * Rooster's DOM, but its undo snapshot then takes the rep's last words with it. A "\n" in the text
 * starts a new line: Chrome splits insertText into paragraphs (`<div>`), Firefox into `<br>` line breaks.
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
      singleLine: ['paste', 'typing'],
      multiLine: ['paste', 'typing'],
    }),
};
