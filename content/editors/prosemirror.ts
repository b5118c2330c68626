/**
 * ProseMirror and editors built on it (Tiptap, Remirror, …). ProseMirror reads native DOM edits back
 * into a transaction (its history records it; input rules see it as typed text), so one line goes
 * in as typing (`execCommand`). A synthetic `beforeinput` insertText is not handled (no default
 * action, nothing changes). Text with newlines goes in as a paste, parsed into paragraphs.
 */
import { createRichAdapter } from './rich-adapter';
import type { EditorKind } from './types';

/** A ProseMirror view's editable root. */
export const prosemirrorKind: EditorKind = {
  kind: 'prosemirror',
  matches: (element) => element.classList.contains('ProseMirror'),
  create: (element) =>
    createRichAdapter(element, {
      kind: 'prosemirror',
      // Widget decorations are view-only; the trailing break and separator image carry no text.
      skip: '.ProseMirror-widget',
      singleLine: ['typing', 'paste'],
      multiLine: ['paste'],
    }),
};
