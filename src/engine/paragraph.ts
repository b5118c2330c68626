/**
 * One paragraph through the engine: tokenise it and weigh each sentence's language
 * (`prepareParagraph`), then find every signal hit in it (`matchParagraph`). Results carry
 * paragraph-relative offsets and do not depend on settings, so they can be cached per paragraph.
 */
import type { Language, SignalScope } from '../data/types';
import { addWordEvidence, decide, type LanguageEvidence } from './language';
import type { LanguageMatcher } from './matcher';
import { isNegated } from './negation';
import { isHypothetical, isReported, isTheirs, quotedSpans } from './roles';
import type { Region } from './regex-matcher';
import type { CompiledSignal } from './signals';
import { tokenise, type Token } from './tokenise';

/** A tokenised paragraph with language evidence per sentence and overall. */
export interface PreparedParagraph {
  text: string;
  tokens: Token[];
  sentenceEvidence: LanguageEvidence[];
  evidence: LanguageEvidence;
}

/** One trigger that fired in a paragraph, after negation and suppressors. */
export interface Hit {
  principle: number;
  signal: number;
  weight: number;
  start: number;
  end: number;
  /** Where the signal counts: the rep's own words, the quoted message, or both. */
  scope: SignalScope;
  /** A whole-text suppressor: the principle does not fire on this text at all. */
  blocks?: true;
  /** Index of the concept the hit comes from (-1: the principle's own signal). */
  concept: number;
}

/** The matchers of the languages a pack has signals for. */
export type Matchers = Record<Language, LanguageMatcher>;

// A sentence switches away from its paragraph's language only on this much evidence of its own.
const SENTENCE_MINIMUM = 2;
// Sentences per paragraph told apart by suppression (later ones share the last key).
const SENTENCE_KEY = 4096;

const wordEvidence = new Map<string, LanguageEvidence>();

function evidenceOf(lower: string): LanguageEvidence {
  let evidence = wordEvidence.get(lower);
  if (evidence === undefined) {
    if (wordEvidence.size > 50_000) wordEvidence.clear();
    evidence = { en: 0, de: 0 };
    addWordEvidence(evidence, lower);
    wordEvidence.set(lower, evidence);
  }
  return evidence;
}

/** Tokenises a paragraph and sums the language evidence of each sentence. */
export function prepareParagraph(text: string): PreparedParagraph {
  const tokens = tokenise(text);
  const sentenceEvidence: LanguageEvidence[] = [];
  const evidence: LanguageEvidence = { en: 0, de: 0 };
  for (const token of tokens) {
    const words = evidenceOf(token.lower);
    const sentence = (sentenceEvidence[token.sentence] ??= { en: 0, de: 0 });
    sentence.en += words.en;
    sentence.de += words.de;
    evidence.en += words.en;
    evidence.de += words.de;
  }
  return { text, tokens, sentenceEvidence, evidence };
}

/**
 * The language of each sentence: `forced` for all when given, otherwise the sentence's own
 * language when its evidence is clear, else the paragraph's language.
 */
export function sentenceLanguages(
  paragraph: PreparedParagraph,
  paragraphLanguage: Language,
  forced: boolean,
): Language[] {
  return paragraph.sentenceEvidence.map((evidence) =>
    forced ? paragraphLanguage : (decide(evidence, SENTENCE_MINIMUM) ?? paragraphLanguage),
  );
}

/** Every trigger hit in the paragraph, with negated and suppressed hits removed. */
export function matchParagraph(
  paragraph: PreparedParagraph,
  languages: readonly Language[],
  matchers: Matchers,
): Hit[] {
  const found: RawHit[] = [];
  matchWords(paragraph.tokens, languages, matchers, found);
  for (const language of new Set(languages))
    matchRegexes(paragraph, languages, matchers[language], found);
  return keepUnsuppressed(paragraph, languages, found);
}

interface RawHit {
  signal: CompiledSignal;
  first: number;
  last: number;
  start: number;
  end: number;
}

function matchWords(
  tokens: readonly Token[],
  languages: readonly Language[],
  matchers: Matchers,
  out: RawHit[],
): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const matcher = matchers[languages[token.sentence] ?? 'en'];
    const { starts } = matcher.info(token.lower);
    for (const signal of starts) {
      const last = phraseEnd(tokens, i, signal, matcher);
      if (last >= 0)
        out.push({ signal, first: i, last, start: token.start, end: (tokens[last] as Token).end });
    }
  }
}

/** Index of the last token of the phrase starting at `first`, or -1 when it does not continue. */
function phraseEnd(
  tokens: readonly Token[],
  first: number,
  signal: CompiledSignal,
  matcher: LanguageMatcher,
): number {
  const words = signal.words;
  const sentence = (tokens[first] as Token).sentence;
  for (let k = 1; k < words.length; k++) {
    const token = tokens[first + k];
    if (token === undefined || token.sentence !== sentence || !token.joinsPrevious) return -1;
    if (!matcher.wordMatches(words[k] as (typeof words)[number], token.lower)) return -1;
  }
  return first + words.length - 1;
}

function matchRegexes(
  paragraph: PreparedParagraph,
  languages: readonly Language[],
  matcher: LanguageMatcher,
  out: RawHit[],
): void {
  if (matcher.regexes.empty) return;
  const { tokens, text } = paragraph;
  const wanted = (sentence: number) =>
    (languages[sentence] ?? matcher.language) === matcher.language;
  for (const hit of matcher.regexes.matches(text, sentenceRegions(paragraph), wanted)) {
    const first = tokenAt(tokens, hit.start);
    const last = Math.max(first, tokenAt(tokens, hit.end - 1));
    out.push({ signal: hit.signal, first, last, start: hit.start, end: hit.end });
  }
}

/** Each sentence's span: from its first word to the next sentence's first word. */
function sentenceRegions(paragraph: PreparedParagraph): Region[] {
  const regions: Region[] = [];
  for (const token of paragraph.tokens) {
    if (regions[token.sentence] !== undefined) continue;
    const previous = regions[regions.length - 1];
    if (previous !== undefined) previous.end = token.start;
    regions.push({ start: regions.length === 0 ? 0 : token.start, end: paragraph.text.length });
  }
  return regions.length > 0 ? regions : [{ start: 0, end: paragraph.text.length }];
}

/** Index of the token containing or following `offset` (binary search over token ends). */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tokens[mid] as Token).end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function keepUnsuppressed(
  paragraph: PreparedParagraph,
  languages: readonly Language[],
  found: RawHit[],
): Hit[] {
  const { tokens } = paragraph;
  // Group and sentence packed into one number: (group * 2^12 + sentence), exact below 2^53.
  const key = (group: number, hit: RawHit) =>
    group * SENTENCE_KEY + Math.min(tokens[hit.first]?.sentence ?? 0, SENTENCE_KEY - 1);
  const suppressed = new Set<number>();
  const conditions = new Set<number>();
  const hits: Hit[] = [];
  for (const hit of found) {
    const { signal } = hit;
    if (signal.suppressor && signal.wholeText) hits.push(toHit(hit, true));
    else if (signal.suppressor) suppressed.add(key(signal.group, hit));
    else if (
      signal.condition &&
      !isNegated(tokens, hit.first, hit.last, languages[tokens[hit.first]?.sentence ?? 0] ?? 'en')
    )
      conditions.add(key(signal.group, hit));
  }
  let quotes: { start: number; end: number }[] | undefined;
  for (const hit of found) {
    const { signal } = hit;
    if (signal.suppressor || signal.condition) continue;
    if (signal.needs && !conditions.has(key(signal.group, hit))) continue;
    if (
      suppressed.size > 0 &&
      (suppressed.has(key(signal.principle, hit)) || suppressed.has(key(signal.group, hit)))
    )
      continue;
    const sentence = tokens[hit.first]?.sentence ?? 0;
    const language = languages[sentence] ?? 'en';
    if (isNegated(tokens, hit.first, hit.last, language)) continue;
    if (
      signal.ours &&
      (isTheirs(tokens, hit.first, language) || isHypothetical(tokens, hit.first, language))
    )
      continue;
    if (signal.claim) {
      quotes ??= quotedSpans(paragraph.text);
      if (isReported(tokens, hit.first, hit.start, quotes, language)) continue;
    }
    hits.push(toHit(hit, false));
  }
  return hits;
}

function toHit({ signal, start, end }: RawHit, blocks: boolean): Hit {
  const hit: Hit = {
    principle: signal.principle,
    signal: signal.id,
    weight: signal.weight,
    start,
    end,
    scope: signal.scope,
    concept: signal.concept,
  };
  if (blocks) hit.blocks = true;
  return hit;
}
