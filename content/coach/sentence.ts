/**
 * The sentence a span of evidence sits in: what "Replace sentence" puts a phrasing in place of.
 * A sentence ends at `.`, `!`, `?` or `…` before white space and a capital or the end, and at a
 * line break; abbreviations ("e.g.", "z. B.", "Nr.") and dates ("12.06.") do not end it. The
 * sentence never reaches into another line, so a greeting or a signature is never replaced.
 */
import type { TextSpan } from '../editors/types';

// Words whose full stop does not end a sentence (lower case, without the dot).
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'vs',
  'approx',
  'no',
  'nr',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'z.b',
  'b',
  'bzw',
  'ca',
  'ggf',
  'inkl',
  'evtl',
  'usw',
  'd.h',
  'u.a',
  'vgl',
  'hr',
  'fr',
  'tel',
]);

/** True when the full stop at `dot` ends a sentence. */
function endsSentence(text: string, dot: number): boolean {
  const mark = text[dot];
  if (mark !== '.') return true;
  // The word before the dot: an abbreviation, an initial or a number ("12." in a date) does not end.
  const before = /[\p{L}\p{N}.]*$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[0] ?? '';
  if (/^\p{N}+$/u.test(before) || /^\p{L}$/u.test(before)) return false;
  if (ABBREVIATIONS.has(before.toLowerCase().replace(/^\.+/, ''))) return false;
  // What follows: the end, a line break, or white space and no lower-case letter.
  const after = text.slice(dot + 1, dot + 3);
  return after === '' || /^\s*(?:$|[^\p{Ll}\s])/u.test(after) || after.startsWith('\n');
}

/** The sentence around `span` in `text`, trimmed; the span itself when no sentence is found. */
export function sentenceAround(text: string, span: TextSpan): TextSpan {
  const lineStart = text.lastIndexOf('\n', Math.max(0, span.start - 1)) + 1;
  const lineEndAt = text.indexOf('\n', span.end);
  const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;
  if (span.start < lineStart || span.end > lineEnd) return span;
  let start = lineStart;
  for (let i = span.start - 1; i >= lineStart; i--) {
    const char = text[i] as string;
    if (/[.!?…]/u.test(char) && /\s/u.test(text[i + 1] ?? '') && endsSentence(text, i)) {
      start = i + 1;
      break;
    }
  }
  let end = lineEnd;
  for (let i = span.end; i < lineEnd; i++) {
    const char = text[i] as string;
    if (/[.!?…]/u.test(char) && endsSentence(text, i)) {
      // Closing quotes and brackets belong to the sentence they end.
      end = i + 1;
      while (end < lineEnd && /[.!?…"'“”„‘’)»«]/u.test(text[end] as string)) end++;
      break;
    }
  }
  while (start < end && /\s/u.test(text[start] as string)) start++;
  while (end > start && /\s/u.test(text[end - 1] as string)) end--;
  return start < end ? { start, end } : span;
}
