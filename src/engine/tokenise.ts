/**
 * Splits text into paragraphs and words with exact UTF-16 offsets, and marks sentence and
 * clause boundaries so negation and suppressors can stay within them.
 */

/** One word of a text; `start`/`end` are UTF-16 offsets into the tokenised string. */
export interface Token {
  start: number;
  end: number;
  /** Lower case, typographic apostrophes as `'`. */
  lower: string;
  /** Index of the sentence the word belongs to (0-based, within the tokenised text). */
  sentence: number;
  /** Index of the clause (comma, semicolon, colon, dash, bracket, line break, "but"/"aber"). */
  clause: number;
  /** True when only spaces or hyphens separate this word from the previous one (phrases may span it). */
  joinsPrevious: boolean;
  /** Starts with a capital letter (in German: usually a noun). */
  capitalised: boolean;
}

/** A paragraph: a run of text between blank lines. */
export interface Paragraph {
  start: number;
  end: number;
  text: string;
}

// Letters, marks and digits; an apostrophe inside a word keeps it whole ("don't", "geht's").
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
const PARAGRAPH_BREAK = /\r?\n[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)+/g;
// Dots after these do not end a sentence ("e.g.", "z.B.", "Dr.").
const ABBREVIATIONS = new Set([
  'e',
  'g',
  'z',
  'b',
  'd',
  'h',
  'u',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'vs',
  'ca',
  'bzw',
  'usw',
  'evtl',
  'ggf',
  'inkl',
  'zzgl',
  'nr',
  'st',
  'vgl',
  'sog',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'okt',
  'nov',
  'dec',
  'dez',
  'fa',
  'hr',
  'fr',
  'inc',
  'ltd',
  'co',
]);
// Words that open a new clause even without punctuation: negation does not reach across them.
const CLAUSE_WORDS = new Set([
  'but',
  'however',
  'although',
  'though',
  'aber',
  'sondern',
  'jedoch',
  'obwohl',
  'doch',
]);

const Gap = { Space: 0, Clause: 1, Sentence: 2 } as const;
type Gap = (typeof Gap)[keyof typeof Gap];

function classifyGap(text: string, from: number, to: number, previousWord: string): Gap {
  let gap: Gap = Gap.Space;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x21 || ch === 0x3f || ch === 0x2026) return Gap.Sentence; // ! ? …
    if (ch === 0x2e) {
      // "3.5" or "example.com" (no space after the dot) and abbreviations do not end a sentence.
      const glued = i + 1 === to && to - from === 1;
      if (!glued && !ABBREVIATIONS.has(previousWord)) return Gap.Sentence;
      continue;
    }
    if (ch === 0x20 || ch === 0x09 || ch === 0x2d || ch === 0xa0 || ch === 0x27 || ch === 0x2019)
      continue;
    gap = Gap.Clause; // , ; : ( ) " – — / line breaks and other symbols
  }
  return gap;
}

/** Splits `text` into words with sentence and clause indices; offsets are relative to `text`. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  let previousEnd = 0;
  let previousWord = '';
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const lower = normaliseWord(m[0]);
    const gap =
      tokens.length === 0 ? Gap.Space : classifyGap(text, previousEnd, start, previousWord);
    if (gap === Gap.Sentence) {
      sentence++;
      clause++;
    } else if (gap === Gap.Clause || CLAUSE_WORDS.has(lower)) {
      clause++;
    }
    const capitalised = m[0].charCodeAt(0) !== lower.charCodeAt(0);
    tokens.push({
      start,
      end,
      lower,
      sentence,
      clause,
      joinsPrevious: gap === Gap.Space,
      capitalised,
    });
    previousEnd = end;
    previousWord = lower;
  }
  return tokens;
}

/** Lower case with typographic apostrophes made plain, as stored in `Token.lower`. */
export function normaliseWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** Splits text at blank lines; each paragraph keeps its offset into `text`. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let m = PARAGRAPH_BREAK.exec(text); m !== null; m = PARAGRAPH_BREAK.exec(text)) {
    if (m.index > start) paragraphs.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  if (start < text.length) paragraphs.push({ start, end: text.length, text: text.slice(start) });
  return paragraphs;
}
