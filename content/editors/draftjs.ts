/**
 * Draft.js. Its `onBeforeInput` is React's synthetic event built from `textInput`/`keypress`, not
 * the native `beforeinput`, so a synthetic beforeinput is ignored. A native edit by `execCommand`
 * reaches its `onInput` handler, which diffs the edited block into its model, but in an empty block
 * (`<br data-text>`) the browser's text node stays beside the one Draft.js renders and the rep sees
 * the text twice (the model holds it once). A paste is what Draft.js handles itself: `onPaste` reads
 * the plain text, inserts it into its model as one undoable change (lines become blocks) and
 * re-renders with the caret after it. So a paste is the only route; typing is not tried after it,
 * since that could leave the doubled text on the page.
 */
import { createRichAdapter } from './rich-adapter';
import type { EditorKind } from './types';

/** Draft.js's contenteditable root (`.public-DraftEditor-content`, holding `[data-contents]`). */
export const draftjsKind: EditorKind = {
  kind: 'draftjs',
  matches: (element) =>
    element.classList.contains('public-DraftEditor-content') ||
    element.querySelector(':scope > [data-contents="true"]') !== null,
  create: (element) =>
    createRichAdapter(element, { kind: 'draftjs', singleLine: ['paste'], multiLine: ['paste'] }),
};
