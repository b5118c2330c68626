/**
 * Trix (`<trix-editor>`). Its input controller turns a paste into `insertString` after
 * `recordUndoEntry("Paste")`, an undo entry of its own, so one Ctrl+Z leaves the draft as it was.
 * A synthetic `beforeinput` insertText also reaches Trix, but as "Typing", which Trix consolidates
 * with the rep's own typing into one undo entry; it is only the fallback. `execCommand` edits
 * Trix's DOM behind its document model, which re-renders over it.
 */
import { createRichAdapter } from './rich-adapter';
import type { EditorKind } from './types';

/** Trix's custom element, which is its own editing root. */
export const trixKind: EditorKind = {
  kind: 'trix',
  matches: (element) => element.localName === 'trix-editor',
  create: (element) =>
    createRichAdapter(element, {
      kind: 'trix',
      singleLine: ['paste', 'beforeinput'],
      multiLine: ['paste'],
    }),
};
