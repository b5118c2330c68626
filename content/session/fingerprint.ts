/**
 * "Dismiss for this text": a dismissal is stored as a fingerprint of the sentences the principle
 * quoted, so it survives typing elsewhere in the draft and comes back only when new evidence
 * appears (or the quoted sentence is rewritten).
 */
import type { InlineSuggestion as Suggestion } from '../../src/messaging/protocol';
import { fingerprintText } from '../../src/settings';

const SENTENCE_END = /[.!?\n]/;

/** The sentence of `text` around the span [start, end). */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1] ?? '')) from--;
  let to = Math.max(end, start);
  while (to < text.length && !SENTENCE_END.test(text[to] ?? '')) to++;
  return text.slice(from, Math.min(to + 1, text.length)).trim();
}

/** The fingerprint under which a suggestion on `text` is dismissed. */
export function dismissalFingerprint(
  text: string,
  suggestion: Pick<Suggestion, 'evidence'>,
): string {
  const sentences = new Set(suggestion.evidence.map((e) => sentenceAround(text, e.start, e.end)));
  return fingerprintText([...sentences].sort().join('\n'));
}
