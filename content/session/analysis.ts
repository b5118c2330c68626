/**
 * Analyses one field's text through the service worker, which holds the engine and the packs
 * (see src/background/analysis.ts): the page loads and runs neither. Very long texts are capped to
 * the paragraphs around the caret so a huge field never costs a huge message or analysis.
 */
import { sendToBackground } from '../../src/messaging/client';
import type {
  BackgroundProtocol,
  InlineAnalysis,
  InlineSuggestion,
  RequestOf,
} from '../../src/messaging/protocol';
import type { Language } from '../../src/engine/types';
import type { ContentConfig } from '../config';
import type { FieldStructure } from '../editors/email-blocks';
import type { TextSpan } from '../editors/types';

/** Texts longer than this (UTF-16 units) are analysed only around the caret. */
export const FULL_TEXT_LIMIT = 20_000;

/** One analysis of a field's text; evidence offsets refer to `text`. */
export interface FieldAnalysis {
  text: string;
  language: Language;
  suggestions: InlineSuggestion[];
  /** Only the paragraphs around the caret were analysed. */
  partial: boolean;
}

/** The part of `text` analysed: everything, or whole paragraphs around `caret` within `limit`. */
export function analysisWindow(
  text: string,
  caret: number,
  limit = FULL_TEXT_LIMIT,
): { start: number; end: number } {
  if (text.length <= limit) return { start: 0, end: text.length };
  const at = Math.min(Math.max(caret, 0), text.length);
  let start = Math.max(0, Math.min(at - Math.floor(limit / 2), text.length - limit));
  let end = Math.min(text.length, start + limit);
  // Cut at paragraph boundaries where there is one, so no paragraph is analysed half.
  if (start > 0) {
    const next = text.indexOf('\n', start);
    if (next !== -1 && next < at) start = next + 1;
  }
  if (end < text.length) {
    const previous = text.lastIndexOf('\n', end);
    if (previous > at) end = previous;
  }
  return { start, end };
}

/** Shifts a suggestion's evidence by `offset` characters. */
function shifted(suggestion: InlineSuggestion, offset: number): InlineSuggestion {
  if (offset === 0) return suggestion;
  const shift = (list: InlineSuggestion['evidence']) =>
    list.map((e) => ({ ...e, start: e.start + offset, end: e.end + offset }));
  return {
    ...suggestion,
    evidence: shift(suggestion.evidence),
    ...(suggestion.done ? { done: shift(suggestion.done) } : {}),
  };
}

/** Sends one analysis request; the service worker answers. */
export type AnalyzeRequest = (
  request: RequestOf<BackgroundProtocol, 'analyze'>,
) => Promise<InlineAnalysis>;

/** Analyses texts with the rep's packs and settings (in the service worker) in the page's context. */
export interface AnalysisService {
  /** `structure`: what the editor's DOM marks as quoted or signature, in offsets of `text`. */
  run(
    text: string,
    caret: number,
    config: ContentConfig,
    structure?: FieldStructure,
  ): Promise<FieldAnalysis>;
}

/** Spans inside `start..end`, shifted to that window. */
function windowed(spans: readonly TextSpan[], start: number, end: number): TextSpan[] {
  return spans
    .map((s) => ({ start: Math.max(s.start, start) - start, end: Math.min(s.end, end) - start }))
    .filter((s) => s.end > s.start);
}

/** Creates the service; `send` is the protocol client (a fake in tests). */
export function createAnalysisService(
  send: AnalyzeRequest = (request) => sendToBackground('analyze', request),
): AnalysisService {
  return {
    async run(text, caret, config, structure) {
      const { start, end } = analysisWindow(text, caret);
      const marked = structure && structure.quoted.length + structure.ignored.length > 0;
      const result = await send({
        text: text.slice(start, end),
        context: config.context,
        ...(marked
          ? {
              structure: {
                quoted: windowed(structure.quoted, start, end),
                ignored: windowed(structure.ignored, start, end),
              },
            }
          : {}),
      });
      return {
        text,
        language: result.language,
        // The quoted message's principles follow the rep's own, each marked `reply`.
        suggestions: [...result.suggestions, ...(result.replyTo ?? [])].map((s) =>
          shifted(s, start),
        ),
        partial: start > 0 || end < text.length,
      };
    },
  };
}
