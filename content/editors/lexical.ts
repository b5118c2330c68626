/**
 * Lexical. A synthetic `beforeinput` insertText has no default action and Lexical leaves insertText
 * to the browser, so it does nothing; the native edit of `execCommand` is what Lexical reconciles
 * into its state (and history). Text with newlines goes in as a paste, which becomes paragraphs.
 */
import { createRichAdapter } from './rich-adapter';
import type { EditorKind } from './types';

/** A Lexical editor's root element. */
export const lexicalKind: EditorKind = {
  kind: 'lexical',
  matches: (element) => element.getAttribute('data-lexical-editor') === 'true',
  create: (element) =>
    createRichAdapter(element, {
      kind: 'lexical',
      // Decorator nodes (mentions, images, embeds) render app components, not the rep's text.
      skip: '[data-lexical-decorator="true"]',
      singleLine: ['typing', 'paste'],
      multiLine: ['paste'],
    }),
};
