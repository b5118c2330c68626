/**
 * Slate (slate-react). It takes every edit from the native `beforeinput` (Slate's `Editable`
 * listens for it and prevents the browser's own edit), so a synthetic `beforeinput` reaches its
 * model: `insertText` at a caret, `insertReplacementText` with the text in `dataTransfer` over a
 * selection (Slate reads it through `ReactEditor.insertData`, one paragraph per line).
 * `execCommand` does not: Slate never sees the DOM change and the next keystroke writes over it.
 * A synthetic paste of plain text is the fallback (its `onPaste` inserts it the same way).
 *
 * Slate's history (slate-history) merges an `insert_text` into the previous undo batch whenever it
 * continues the last one in the same text node, however much later it comes; a rep's own paste
 * right after their typing is undone together with it. So a caret insert re-enters the character
 * before the caret with the text (`retypeCharBefore`): the edit then starts with a `remove_text`,
 * which slate-history puts in a new batch, and one Ctrl+Z leaves exactly the draft as it was.
 */
import { createRichAdapter } from './rich-adapter';
import type { EditorKind } from './types';

/** Slate's editable root (`data-slate-editor`). */
export const slateKind: EditorKind = {
  kind: 'slate',
  matches: (element) => element.dataset['slateEditor'] === 'true',
  create: (element) =>
    createRichAdapter(element, {
      kind: 'slate',
      // The placeholder Slate draws inside an empty editor.
      skip: '[data-slate-placeholder]',
      singleLine: ['beforeinput', 'paste'],
      multiLine: ['beforeinput', 'paste'],
      retypeCharBefore: true,
    }),
};
