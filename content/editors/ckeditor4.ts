/**
 * CKEditor 4, classic (the field is the editing frame's `body.cke_editable`, where Maxim's content
 * script runs too) and inline. Its clipboard plugin takes a paste event's `text/plain`, fires
 * `saveSnapshot` before and after inserting it (so the rep's typing is closed as an undo image of
 * its own, and the paste is one more) and inserts it on a later task; one Ctrl+Z leaves the draft
 * as it was. `execCommand` is the fallback: CKEditor 4 reads the native edit, but its undo manager
 * counts it as typing, merged with the rep's last characters.
 */
import { createRichAdapter } from './rich-adapter';
import type { EditorKind } from './types';

/** A CKEditor 4 editable (the frame's body in classic mode, the element in inline mode). */
export const ckeditor4Kind: EditorKind = {
  kind: 'ckeditor4',
  matches: (element) => element.classList.contains('cke_editable'),
  create: (element) =>
    createRichAdapter(element, {
      kind: 'ckeditor4',
      // The filler CKEditor keeps in empty blocks and its hidden selection helpers.
      skip: '[data-cke-hidden-sel], [data-cke-bookmark]',
      singleLine: ['paste', 'typing'],
      multiLine: ['paste'],
    }),
};
