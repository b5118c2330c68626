/**
 * Froala (as in Freshdesk). Its paste module takes a paste's `text/html` itself, cleans it and
 * inserts it between two `undo.saveStep()` calls, so the paste is one undo step that ends the
 * rep's typing step first; so the paste carries the text as HTML too (`paste-html`). A paste of
 * plain text alone it lets the browser put into a hidden frame first, which a synthetic paste
 * never does. `execCommand` is the fallback: Froala sees the native edit on its
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
      singleLine: ['paste-html', 'typing'],
      multiLine: ['paste-html'],
    }),
};
