/**
 * Instant search over principles in English and German at once: titles, summaries, phrasings,
 * signal words, the situations a principle reacts to (the words of the concepts it uses, e.g.
 * "angry" or "Rabatt") and category names, case- and accent-insensitive ("verzogerung" finds
 * "Verzögerung"), with prefix matching, typo tolerance and titles weighted highest. A German
 * compound finds the word it ends in ("Lieferverzögerung" finds "verzögerung"), as the engine's
 * signals do. MiniSearch brings BM25 ranking, prefix and fuzzy matching in a few kilobytes.
 */
import MiniSearch, { type Query } from 'minisearch';
import { CONCEPTS } from '../data/concepts';
import type { Concept, Language, Principle, Signal } from '../data/types';

/** Words too common to search for; dropped from the index and from queries alike. */
const STOP_WORDS = new Set(
  'a an and are as at be by for from has have i in is it its of on or that the this to was we with you your der die das den dem des ein eine einen einer und oder ist sind mit von zu zum zur im in an auf für fur nicht ich sie wir es'.split(
    ' ',
  ),
);

/** Lower case, without accents and with ß as ss: the form both the index and queries use. */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase();
}

function processTerm(term: string): string | null {
  const normal = normaliseForSearch(term).replace(/\*+$/, '');
  return normal.length < 2 || STOP_WORDS.has(normal) ? null : normal;
}

interface SearchDocument {
  id: string;
  title: string;
  summary: string;
  tryThis: string;
  signals: string;
  situations: string;
  category: string;
}

const LANGUAGES: Language[] = ['en', 'de'];

/** Shortest part of a compound that counts as a word of its own (as in the engine's signals). */
const MIN_COMPOUND_PART = 4;
/** How many letters of an inflection may follow that part ("verzögerungen" ends in "verzögerung"). */
const MAX_ENDING = 3;
/** Fewest letters before that part: "outage" is not a compound of "ou" and "tage". */
const MIN_COMPOUND_HEAD = 3;

/** The triggers of a principle in every language. */
function triggersOf(principle: Principle): Signal[] {
  return LANGUAGES.flatMap((lang) => principle.signals[lang]?.triggers ?? []);
}

/**
 * The literal words of an RE2 pattern: escapes such as `\b` and `\s` dropped, runs of three or
 * more letters kept (`\b(?:angry|furious)\s+call` gives angry, furious, call).
 */
export function patternWords(pattern: string): string[] {
  return pattern.replace(/\\[a-zA-Z]/g, ' ').match(/\p{L}{3,}/gu) ?? [];
}

/** The words of one signal: its word or phrase, or the literal words of its pattern. */
function wordsOf(signal: Signal): string[] {
  if (signal.match) return [signal.match];
  return signal.regex ? patternWords(signal.regex) : [];
}

/** The signal words of a principle (word and phrase signals; patterns are not words). */
function signalWords(principle: Principle): string {
  return triggersOf(principle)
    .flatMap((signal) => (signal.match ? [signal.match] : []))
    .join(' ');
}

/**
 * The situations a principle reacts to: the words of the patterns of its own signals and of every
 * concept it uses, in both languages, and each concept's description.
 */
function situationWords(principle: Principle, concepts: Readonly<Record<string, Concept>>): string {
  const own = triggersOf(principle).flatMap((signal) => (signal.regex ? wordsOf(signal) : []));
  const used = new Set(triggersOf(principle).flatMap((signal) => signal.concept ?? []));
  const fromConcepts = [...used].flatMap((id) => {
    const concept = concepts[id];
    if (!concept) return [];
    const triggers = LANGUAGES.flatMap((lang) => concept.signals[lang]?.triggers ?? []);
    return [concept.description, ...triggers.flatMap(wordsOf)];
  });
  return [...own, ...fromConcepts].join(' ');
}

function toDocument(
  principle: Principle,
  categoryNames: (category: Principle['category']) => string[],
  concepts: Readonly<Record<string, Concept>>,
): SearchDocument {
  const texts = LANGUAGES.flatMap((lang) => (principle.text[lang] ? [principle.text[lang]] : []));
  return {
    id: principle.id,
    title: texts.map((t) => t.title).join(' '),
    summary: texts.map((t) => t.summary).join(' '),
    tryThis: texts.flatMap((t) => t.tryThis).join(' '),
    signals: signalWords(principle),
    situations: situationWords(principle, concepts),
    category: categoryNames(principle.category).join(' '),
  };
}

/** A search over a fixed set of principles. */
export interface PrincipleSearch {
  /** Principle ids matching every word of the query, best first; null for an empty query. */
  search(query: string): string[] | null;
}

/**
 * The words a query word stands for: itself, and for a compound the indexed words it ends in
 * ("lieferverzogerung": also "verzogerung"), allowing a short inflection after them.
 */
export function compoundParts(word: string, vocabulary: ReadonlySet<string>): string[] {
  const parts = new Set([word]);
  for (let start = MIN_COMPOUND_HEAD; word.length - start >= MIN_COMPOUND_PART; start += 1) {
    const tail = word.slice(start);
    const shortest = Math.max(MIN_COMPOUND_PART, tail.length - MAX_ENDING);
    for (let end = tail.length; end >= shortest; end -= 1) {
      const part = tail.slice(0, end);
      if (vocabulary.has(part)) parts.add(part);
    }
  }
  return [...parts];
}

/** Builds the index. `categoryNames` gives a category's names in every language. */
export function createPrincipleSearch(
  principles: readonly Principle[],
  categoryNames: (category: Principle['category']) => string[] = (c) => [c],
  concepts: Readonly<Record<string, Concept>> = CONCEPTS,
): PrincipleSearch {
  const documents = principles.map((p) => toDocument(p, categoryNames, concepts));
  const index = new MiniSearch<SearchDocument>({
    fields: ['title', 'summary', 'tryThis', 'signals', 'situations', 'category'],
    processTerm,
    searchOptions: {
      boost: { title: 4, signals: 2.5, category: 2, situations: 1, summary: 1.2, tryThis: 0.8 },
      prefix: true,
      // Typo tolerance grows with the word: none for short words, where it would match noise.
      fuzzy: (term) => (term.length >= 8 ? 0.2 : term.length >= 5 ? 1 / term.length : false),
      combineWith: 'AND',
    },
  });
  index.addAll(documents);
  const vocabulary = new Set<string>();
  for (const document of documents) {
    for (const field of Object.values(document))
      for (const word of MiniSearch.getDefault('tokenize')(field) as string[]) {
        const term = processTerm(word);
        if (term !== null && term.length >= MIN_COMPOUND_PART) vocabulary.add(term);
      }
  }
  return {
    search(query) {
      if (query.trim() === '') return null;
      // Every word of the query must match; a compound matches through any of its parts.
      const words = (MiniSearch.getDefault('tokenize')(query) as string[]).flatMap(
        (word) => processTerm(word) ?? [],
      );
      if (words.length === 0) return index.search(query).map((result) => String(result.id));
      const tree: Query = {
        combineWith: 'AND',
        queries: words.map((word) => ({
          combineWith: 'OR',
          queries: compoundParts(word, vocabulary),
        })),
      };
      return index.search(tree).map((result) => String(result.id));
    },
  };
}
