/**
 * The lookup tables of one language, built once per pack: which signals a word can start
 * (by stem, exact form, prefix or German compound tail), and the regex signals with their prefilters.
 * Word lookups are memoised per distinct word, so a long text costs one map lookup per word.
 */
import type { Language } from '../data/types';
import { RegexMatcher } from './regex-matcher';
import { type CompiledSignal, WordKind, type WordPattern } from './signals';
import { foldGerman, stemmerFor } from './stem';

/** What the matcher knows about one distinct lower-case word. */
export interface WordInfo {
  stem: string;
  /** Signals whose first word matches this word. */
  starts: readonly CompiledSignal[];
}

// German compounds need a head of at least this many letters before the matched tail.
const MIN_COMPOUND_HEAD = 3;
// Verb prefixes and particles are no compound heads: "empfehle" is not "emp" + "Fehler",
// "Verfehlung" not "ver" + "Fehlung", "Ausfall" not "aus" + "Fall".
const PARTICLE_HEADS = new Set([
  'emp',
  'ent',
  'ver',
  'zer',
  'miss',
  'aus',
  'auf',
  'ein',
  'mit',
  'nach',
  'vor',
  'weg',
  'uber',
  'ueber',
  'unter',
  'durch',
  'wider',
  'hinter',
  'wieder',
  'zuruck',
  'zurueck',
]);
const MIN_TAIL_STEM = 3;
// Bounds the memo on texts with very many distinct words.
const WORD_CACHE_LIMIT = 50_000;
const NO_SIGNALS: readonly CompiledSignal[] = [];

/** Tables and memo for matching the words and regexes of one language. */
export class LanguageMatcher {
  readonly language: Language;
  readonly regexes: RegexMatcher;
  private readonly stem: (word: string) => string;
  private readonly byStem = new Map<string, CompiledSignal[]>();
  private readonly byExact = new Map<string, CompiledSignal[]>();
  private readonly byPrefix = new Map<string, CompiledSignal[]>();
  private readonly byTail = new Map<string, CompiledSignal[]>();
  private prefixLengths: number[] = [];
  private readonly words = new Map<string, WordInfo>();

  constructor(language: Language, signals: readonly CompiledSignal[]) {
    this.language = language;
    this.stem = stemmerFor(language);
    for (const signal of signals) if (signal.regex === undefined) this.add(signal);
    this.prefixLengths.sort((a, b) => a - b);
    this.regexes = new RegexMatcher(signals.filter((signal) => signal.regex !== undefined));
  }

  /** Facts about a lower-case word, memoised. */
  info(lower: string): WordInfo {
    let info = this.words.get(lower);
    if (info === undefined) {
      if (this.words.size >= WORD_CACHE_LIMIT) this.words.clear();
      const stem = this.stem(lower);
      info = { stem, starts: this.lookup(lower, stem) };
      this.words.set(lower, info);
    }
    return info;
  }

  /** True when a (later) word of a phrase matches the pattern. */
  wordMatches(pattern: WordPattern, lower: string): boolean {
    if (pattern.kind === WordKind.Exact) return lower === pattern.key;
    if (pattern.kind === WordKind.Prefix) return lower.startsWith(pattern.key);
    const { stem } = this.info(lower);
    return (
      stem === pattern.key ||
      (pattern.compound && isCompoundTail(lower, stem, pattern.key, this.stem))
    );
  }

  private add(signal: CompiledSignal): void {
    const first = signal.words[0];
    if (first === undefined) return;
    if (first.kind === WordKind.Exact) push(this.byExact, first.key, signal);
    else if (first.kind === WordKind.Prefix) {
      push(this.byPrefix, first.key, signal);
      if (!this.prefixLengths.includes(first.key.length)) this.prefixLengths.push(first.key.length);
    } else {
      push(this.byStem, first.key, signal);
      if (first.compound && first.key.length >= MIN_TAIL_STEM) push(this.byTail, first.key, signal);
    }
  }

  private lookup(lower: string, stem: string): readonly CompiledSignal[] {
    let found: CompiledSignal[] | undefined;
    const collect = (list: CompiledSignal[] | undefined): void => {
      if (list !== undefined) found = found === undefined ? [...list] : found.concat(list);
    };
    collect(this.byExact.get(lower));
    collect(this.byStem.get(stem));
    for (const length of this.prefixLengths) {
      if (length > lower.length) break;
      collect(this.byPrefix.get(lower.slice(0, length)));
    }
    if (this.byTail.size > 0) {
      for (let tail = MIN_TAIL_STEM; tail <= stem.length - MIN_COMPOUND_HEAD; tail++) {
        const key = stem.slice(stem.length - tail);
        const list = this.byTail.get(key);
        if (list !== undefined && isCompoundTail(lower, stem, key, this.stem)) collect(list);
      }
    }
    return found ?? NO_SIGNALS;
  }
}

/**
 * True when `lower` is a compound ending in a word whose stem is `key`: the stem ends in the
 * key, leaves a head of 3+ letters, and the tail stems to the key on its own (so "Empfehlung"
 * does not count as a compound of "Fehler", while "Systemfehler" does).
 */
export function isCompoundTail(
  lower: string,
  stem: string,
  key: string,
  stemmer: (w: string) => string,
): boolean {
  const head = stem.length - key.length;
  if (head < MIN_COMPOUND_HEAD || !stem.endsWith(key)) return false;
  const folded = foldGerman(lower);
  if (PARTICLE_HEADS.has(folded.slice(0, head))) return false;
  return stemmer(folded.slice(head)) === key;
}

function push(map: Map<string, CompiledSignal[]>, key: string, signal: CompiledSignal): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [signal]);
  else list.push(signal);
}
