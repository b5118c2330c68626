/**
 * Phrase chains: regexes made of phrase sets and simple gaps, the shape most pack patterns
 * have ("(?:sorry|apologies)\s+for\s+(?:the|my)\s+(?:delay|wait)",
 * "(?:verschieb\S*|verzög\S*)[^.!?]{0,30}(?:liefer|termin)"). They are matched without a regex
 * search: the literal scan finds the first phrase, a small backtracking walk follows the chain
 * inside the sentence, and RE2 confirms each candidate span with one anchored test, so a chain
 * reports only true matches. A walk that grows too long gives up and RE2 searches instead.
 */
import { inRest, isRe2Space, isWordBoundary, lowerCode, type RestKind } from './re2-chars';
import { and, anyOfStrings, type Condition } from './regex-condition';
import {
  BOUNDARY,
  type Gap,
  Reader,
  type ReadMode,
  REST_NONSPACE,
  REST_WORD,
  Unsupported,
  WHITESPACE,
} from './regex-reader';

/** One element of a chain: a set of phrases (with markers) or a gap. */
export type ChainElement = { kind: 'phrases'; phrases: string[] } | Gap;

/** A chain: its first element is always a phrase set. */
export type Chain = ChainElement[];

const CHAIN_MODE: ReadMode = { exact: true, maxCross: 64, maxUnion: 64 };
const MAX_PHRASES = 64;
/** Characters of a first phrase that the literal scan looks for, at least. */
const MIN_LOCATOR = 2;
/** First phrases stop growing once every one has this many characters. */
const GOOD_LOCATOR = 4;

/** The chain a pattern is, or undefined when it has another shape. */
export function chainOf(pattern: string): Chain | undefined {
  let parts;
  try {
    parts = new Reader(pattern, CHAIN_MODE).sequence();
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  const chain: Chain = [];
  let run = new Set(['']);
  const flush = () => {
    if (!(run.size === 1 && run.has('')))
      chain.push({ kind: 'phrases', phrases: [...run].map(collapseWhitespace) });
    run = new Set(['']);
  };
  for (const part of parts) {
    if (part.exact !== undefined) {
      if (part.exact.size > MAX_PHRASES) return undefined;
      // The first element only needs to be long enough to locate: ending it at a word's end keeps the scan small.
      const locatesWell =
        chain.length === 0 && [...run].every((p) => locatorOf(p).trim().length >= GOOD_LOCATOR);
      const startsWord = [...part.exact].every(
        (p) => p.startsWith(WHITESPACE) || p.startsWith(BOUNDARY),
      );
      if (run.size * part.exact.size > MAX_PHRASES || (locatesWell && startsWord)) flush();
      const next = new Set<string>();
      for (const a of run) for (const b of part.exact) next.add(a + b);
      run = next;
    } else if (part.gap !== undefined) {
      flush();
      chain.push(part.gap);
    } else if (part.wordUnit !== undefined) {
      flush();
      chain.push({ kind: 'words', min: 1, max: 1, unit: part.wordUnit });
    } else if (part.digit === true) {
      flush();
      chain.push({ kind: 'chars', min: 1, max: 1, excluded: '', digits: true });
    } else {
      return undefined;
    }
  }
  flush();
  const first = chain[0];
  if (first?.kind !== 'phrases' || first.phrases.some((p) => locatorOf(p).length < MIN_LOCATOR))
    return undefined;
  return chain;
}

const WHITESPACE_RUN = new RegExp(`${WHITESPACE}+`, 'g');
const REST_MARKER = new RegExp(`[${REST_NONSPACE}${REST_WORD}]`);
const LEADING_BOUNDARIES = new RegExp(`^${BOUNDARY}+`);

function collapseWhitespace(phrase: string): string {
  return phrase.replace(WHITESPACE_RUN, WHITESPACE);
}

/** The text the literal scan finds for a phrase: up to its first rest-of-word marker, markers removed. */
export function locatorOf(phrase: string): string {
  const rest = phrase.search(REST_MARKER);
  return (rest === -1 ? phrase : phrase.slice(0, rest))
    .split(BOUNDARY)
    .join('')
    .split(WHITESPACE)
    .join(' ');
}

/**
 * What a sentence must contain besides a located first phrase for the chain to be worth a walk:
 * some phrase of every later phrase element (where those phrases are distinctive enough).
 */
export function chainCondition(chain: Chain): Condition {
  return and(
    chain
      .slice(1)
      .flatMap((element) =>
        element.kind === 'phrases' ? [anyOfStrings(element.phrases.map(longestWord))] : [],
      ),
  );
}

/** The longest word of a phrase's located text: a short literal that still says much. */
function longestWord(phrase: string): string {
  let longest = '';
  for (const word of locatorOf(phrase).split(' ')) if (word.length > longest.length) longest = word;
  return longest;
}

/** What `ChainWalk.run` returns when the walk exceeded its step budget. */
export const TOO_LONG = -2;
const NO_MATCH = -1;
// Phrases of an element that can start at a character, keyed by its lower-case code (whitespace: 32).
type FirstIndex = { byCode: Map<number, string[]>; always: string[] };
const ALWAYS = -1;

/** Confirms a candidate span: the whole of `text` must match (RE2's anchored `testExact`). */
export interface Confirm {
  testExact(text: string): boolean;
}

/**
 * Walks chains through a text with backtracking; reused across walks so that matching
 * allocates nothing per located phrase. Each candidate span is confirmed before it counts.
 */
export class ChainWalk {
  private text = '';
  private limit = 0;
  private steps = 0;
  private start = 0;
  private chain: Chain = [];
  private confirm: Confirm | undefined;
  private readonly firstIndex = new WeakMap<string[], FirstIndex>();

  constructor(private readonly budget: number) {}

  /** The end of a confirmed match of `chain` (first element fixed to `phrase`) from `start`; -1 for none, `TOO_LONG`. */
  run(
    chain: Chain,
    phrase: string,
    text: string,
    start: number,
    limit: number,
    confirm: Confirm,
  ): number {
    this.chain = chain;
    this.text = text;
    this.start = start;
    this.limit = limit;
    this.confirm = confirm;
    this.steps = 0;
    return this.phrase(phrase, 0, start, 1);
  }

  /** Matches element `index` onwards at `at`. */
  private element(index: number, at: number): number {
    if (++this.steps > this.budget) return TOO_LONG;
    const element = this.chain[index];
    if (element === undefined)
      return at > this.start && this.confirm?.testExact(this.text.slice(this.start, at))
        ? at
        : NO_MATCH;
    if (element.kind === 'phrases') {
      const index_ = this.indexOf(element.phrases);
      const code = at < this.limit ? this.text.charCodeAt(at) : -1;
      const candidates = index_.byCode.get(isRe2Space(code) ? 32 : lowerCode(code));
      for (const list of [candidates, index_.always]) {
        for (const phrase of list ?? []) {
          const end = this.phrase(phrase, 0, at, index + 1);
          if (end !== NO_MATCH) return end;
        }
      }
      return NO_MATCH;
    }
    if (element.kind === 'chars') return this.chars(element, at, index + 1);
    return this.words(element, at, index + 1);
  }

  /** Matches `phrase` from its character `k` at `at`, then element `next`. */
  private phrase(phrase: string, k: number, at: number, next: number): number {
    if (++this.steps > this.budget) return TOO_LONG;
    if (k === phrase.length) return this.element(next, at);
    const marker = phrase[k];
    if (marker === BOUNDARY)
      return isWordBoundary(this.text, at) ? this.phrase(phrase, k + 1, at, next) : NO_MATCH;
    if (marker === WHITESPACE) {
      let end = at;
      while (end < this.limit && isRe2Space(this.text.charCodeAt(end))) end++;
      return end > at ? this.phrase(phrase, k + 1, end, next) : NO_MATCH;
    }
    if (marker === REST_NONSPACE || marker === REST_WORD)
      return this.rest(marker === REST_WORD ? 'word' : 'nonspace', phrase, k, at, next);
    if (at >= this.limit || lowerCode(this.text.charCodeAt(at)) !== phrase.charCodeAt(k))
      return NO_MATCH;
    return this.phrase(phrase, k + 1, at + 1, next);
  }

  /** Phrases by the character they can start with, built once per element. */
  private indexOf(phrases: string[]): FirstIndex {
    let index = this.firstIndex.get(phrases);
    if (index === undefined) {
      index = { byCode: new Map(), always: [] };
      for (const phrase of phrases) {
        const first = phrase.replace(LEADING_BOUNDARIES, '');
        const code =
          first[0] === WHITESPACE
            ? 32
            : first[0] === REST_NONSPACE || first[0] === REST_WORD || first === ''
              ? ALWAYS
              : first.charCodeAt(0);
        if (code === ALWAYS) index.always.push(phrase);
        else index.byCode.set(code, [...(index.byCode.get(code) ?? []), phrase]);
      }
      this.firstIndex.set(phrases, index);
    }
    return index;
  }

  /** `\S*` or `\w*`: the longest run first, as RE2 prefers, then shorter ones. */
  private rest(kind: RestKind, phrase: string, k: number, at: number, next: number): number {
    let end = at;
    while (end < this.limit && inRest(kind, this.text.charCodeAt(end))) end++;
    for (let stop = end; stop >= at; stop--) {
      const found = this.phrase(phrase, k + 1, stop, next);
      if (found !== NO_MATCH) return found;
    }
    return NO_MATCH;
  }

  /** `min`..`max` characters other than `excluded` (digits only for `\d`). */
  private chars(gap: Gap & { kind: 'chars' }, at: number, next: number): number {
    for (let end = at; end <= this.limit && end - at <= gap.max; end++) {
      if (end - at >= gap.min) {
        const found = this.element(next, end);
        if (found !== NO_MATCH) return found;
      }
      if (end >= this.limit) break;
      const code = this.text.charCodeAt(end);
      if (gap.digits ? code < 48 || code > 57 : isExcluded(gap.excluded, code)) return NO_MATCH;
    }
    return NO_MATCH;
  }

  /** `min`..`max` words, each followed by whitespace. */
  private words(gap: Gap & { kind: 'words' }, at: number, next: number): number {
    const kind: RestKind = gap.unit === 'w' ? 'word' : 'nonspace';
    let end = at;
    for (let count = 0; count <= gap.max; count++) {
      if (count >= gap.min) {
        const found = this.element(next, end);
        if (found !== NO_MATCH) return found;
      }
      let word = end;
      while (word < this.limit && inRest(kind, this.text.charCodeAt(word))) word++;
      if (word === end) return NO_MATCH;
      let space = word;
      while (space < this.limit && isRe2Space(this.text.charCodeAt(space))) space++;
      if (space === word) return NO_MATCH;
      end = space;
    }
    return NO_MATCH;
  }
}

function isExcluded(excluded: string, code: number): boolean {
  const lower = lowerCode(code);
  for (let i = 0; i < excluded.length; i++) if (excluded.charCodeAt(i) === lower) return true;
  return false;
}
