/** The editor registry: every kind Maxim knows, most specific first, and the adapter for a field. */
import { isExcluded } from '../fields';
import { ckeditor4Kind } from './ckeditor4';
import { ckeditor5Kind } from './ckeditor5';
import { contentEditableKind } from './contenteditable';
import { draftjsKind } from './draftjs';
import { froalaKind } from './froala';
import { lexicalKind } from './lexical';
import { prosemirrorKind } from './prosemirror';
import { quillKind } from './quill';
import { slateKind } from './slate';
import { textareaKind } from './textarea';
import { tinymceKind } from './tinymce';
import { trixKind } from './trix';
import type { EditorAdapter, EditorKind } from './types';

export type { EditorAdapter, EditorKind, InsertResult, InsertTarget, TextSpan } from './types';

/** Every editor kind in the order they are tried; the generic contenteditable comes last. */
export const EDITOR_KINDS: readonly EditorKind[] = [
  tinymceKind,
  ckeditor5Kind,
  quillKind,
  prosemirrorKind,
  lexicalKind,
  draftjsKind,
  slateKind,
  trixKind,
  froalaKind,
  ckeditor4Kind,
  textareaKind,
  contentEditableKind,
];

/** Fields Maxim never reads or writes: skipped fields, and ones the rep cannot edit. */
function isOffLimits(element: HTMLElement): boolean {
  if (isExcluded(element)) return true;
  const control = element as HTMLElement & { readOnly?: boolean; disabled?: boolean };
  return control.readOnly === true || control.disabled === true;
}

/** The adapter for a field (a textarea/input or a contenteditable root); null for fields Maxim leaves alone. */
export function adapterFor(element: HTMLElement): EditorAdapter | null {
  if (isOffLimits(element)) return null;
  const kind = EDITOR_KINDS.find((candidate) => candidate.matches(element));
  return kind ? kind.create(element) : null;
}
