/**
 * Froala (as in Freshdesk). Its paste module reads the clipboard's plain text, cleans it and
 * inserts it between two `undo.saveStep()` calls, so the paste is one undo step that ends the
 * rep's typing step first. `execCommand` is the fallback: Froala sees the native edit on its
 * `input`/`keyup`, but only records an undo step on its next keyup, which can merge it with typing.
 */
import { createRichAdapter } from './rich-adapter';
import type { EditorKind } from './types';

/** Froala's editing root (`.fr-element`, inside `.fr-box`). */
export const froalaKind: EditorKind = {
  kind: 'froala',
  matches: (element) => element.classList.contains('fr-element'),
  create: (element) =>
    createRichAdapter(element, {
      kind: 'froala',
      // Froala's placeholder and its helpers for selected images and tables.
      skip: '.fr-placeholder, .fr-marker',
      singleLine: ['paste', 'typing'],
      multiLine: ['paste'],
    }),
};
