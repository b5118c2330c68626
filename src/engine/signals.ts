/**
 * Turns a pack's signals into compiled triggers: word patterns (stem, exact or prefix, with
 * German compound tails), and regex patterns (compiled by RE2 only when first needed; see
 * `regex-branches.ts`).
 */
import type { Language, Signal, SignalScope } from '../data/types';
import { stemmerFor } from './stem';
import { normaliseWord, tokenise } from './tokenise';

/** How one word of a `match` signal is compared with a word of the text. */
export const WordKind = { Stem: 0, Exact: 1, Prefix: 2 } as const;
export type WordKind = (typeof WordKind)[keyof typeof WordKind];

/** One word of a `match` signal. */
export interface WordPattern {
  kind: WordKind;
  /** Stem, lower-case word or lower-case prefix, by kind. */
  key: string;
  /** German stem patterns of 4+ letter words also match as the tail of a compound. */
  compound: boolean;
}

/** One compiled signal of one principle in one language. */
export interface CompiledSignal {
  /** Unique within a compiled pack; repeated hits of one signal count less. */
  id: number;
  /** Index of the principle in the compiled pack's principle list. */
  principle: number;
  weight: number;
  suppressor: boolean;
  /** Word sequence for `match` signals (empty for regexes). */
  words: WordPattern[];
  /** The RE2 pattern of `regex` signals. */
  regex: string | undefined;
  /** Where the signal counts (see `SignalScope`). */
  scope: SignalScope;
  /** Counts only when the situation is ours, not the customer's or a third party's. */
  ours: boolean;
  /** Counts only as the writer's own claim, not in quotation marks or reported speech. */
  claim: boolean;
  /**
   * Suppression group: suppressors cancel the triggers of their group in the same sentence.
   * Group = principle index for a principle's own signals; a concept reference has a group of
   * its own (its suppressors cancel only its words), offset by `CONCEPT_GROUP`.
   */
  group: number;
  /** Counts only in a sentence where a condition signal of its group also hit (`with`). */
  needs: boolean;
  /** A condition for the `needs` signals of its group, not a trigger itself. */
  condition: boolean;
  /** A suppressor that cancels its principle in the whole text (`reach: "text"`). */
  wholeText: boolean;
  /** Index of the concept in `CONCEPT_IDS` the signal comes from (-1: the principle's own signal). */
  concept: number;
}

/** Offset of concept-reference groups, above any principle index. */
export const CONCEPT_GROUP = 1 << 20;

/** Role flags a compiled signal carries. */
export interface SignalRoles {
  scope: SignalScope;
  ours: boolean;
  claim: boolean;
  group: number;
  needs?: boolean;
  condition?: boolean;
  /** Index of the concept in `CONCEPT_IDS` the signal comes from (-1: the principle's own signal). */
  concept?: number;
}

/** Words shorter than this never match as a compound tail ("rat" must not fire "Apparat"). */
export const MIN_COMPOUND_WORD = 4;
/** Default signal weight. */
export const DEFAULT_WEIGHT = 1;

/** Parses a `match` string into word patterns; empty when it holds no word. */
export function parseMatch(match: string, exact: boolean, language: Language): WordPattern[] {
  const stem = stemmerFor(language);
  return tokenise(match).map((token) => {
    const lower = normaliseWord(match.slice(token.start, token.end));
    if (match[token.end] === '*') return { kind: WordKind.Prefix, key: lower, compound: false };
    if (exact) return { kind: WordKind.Exact, key: lower, compound: false };
    const compound = language === 'de' && [...lower].length >= MIN_COMPOUND_WORD;
    return { kind: WordKind.Stem, key: stem(lower), compound };
  });
}

/** Compiles one signal; undefined when it can never match (no words, empty pattern). */
export function compileSignal(
  signal: Signal,
  context: {
    id: number;
    principle: number;
    suppressor: boolean;
    language: Language;
    /** Multiplies the signal's weight (a concept's word inside a weighted reference). */
    factor?: number;
    /** Defaults: own words, anyone's situation, any speech, the principle's group. */
    roles?: SignalRoles;
  },
): CompiledSignal | undefined {
  const weight =
    (typeof signal.weight === 'number' ? signal.weight : DEFAULT_WEIGHT) * (context.factor ?? 1);
  const base = {
    id: context.id,
    principle: context.principle,
    weight,
    suppressor: context.suppressor,
    scope: context.roles?.scope ?? 'own',
    ours: context.roles?.ours ?? false,
    claim: context.roles?.claim ?? false,
    group: context.roles?.group ?? context.principle,
    needs: context.roles?.needs ?? false,
    condition: context.roles?.condition ?? false,
    wholeText: context.suppressor && signal.reach === 'text',
    concept: context.roles?.concept ?? -1,
  };
  if (typeof signal.regex === 'string')
    return signal.regex === '' ? undefined : { ...base, words: [], regex: signal.regex };
  if (typeof signal.match !== 'string') return undefined;
  const words = parseMatch(signal.match, signal.exact === true, context.language);
  return words.length === 0 ? undefined : { ...base, words, regex: undefined };
}
