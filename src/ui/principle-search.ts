/**
 * Instant search over principles in English and German at once: titles, summaries, phrasings,
 * signal words and category names, case- and accent-insensitive ("verzogerung" finds
 * "Verzögerung"), with prefix matching, typo tolerance and titles weighted highest.
 * MiniSearch brings BM25 ranking, prefix and fuzzy matching in a few kilobytes.
 */
import MiniSearch from 'minisearch';
import type { Language, Principle } from '../data/types';

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
  category: string;
}

const LANGUAGES: Language[] = ['en', 'de'];

/** The signal words of a principle (word and phrase signals; patterns are not words). */
function signalWords(principle: Principle): string {
  return LANGUAGES.flatMap((lang) => principle.signals[lang]?.triggers ?? [])
    .flatMap((signal) => (signal.match ? [signal.match] : []))
    .join(' ');
}

function toDocument(
  principle: Principle,
  categoryNames: (category: Principle['category']) => string[],
): SearchDocument {
  const texts = LANGUAGES.flatMap((lang) => (principle.text[lang] ? [principle.text[lang]] : []));
  return {
    id: principle.id,
    title: texts.map((t) => t.title).join(' '),
    summary: texts.map((t) => t.summary).join(' '),
    tryThis: texts.flatMap((t) => t.tryThis).join(' '),
    signals: signalWords(principle),
    category: categoryNames(principle.category).join(' '),
  };
}

/** A search over a fixed set of principles. */
export interface PrincipleSearch {
  /** Principle ids matching every word of the query, best first; null for an empty query. */
  search(query: string): string[] | null;
}

/** Builds the index. `categoryNames` gives a category's names in every language. */
export function createPrincipleSearch(
  principles: readonly Principle[],
  categoryNames: (category: Principle['category']) => string[] = (c) => [c],
): PrincipleSearch {
  const index = new MiniSearch<SearchDocument>({
    fields: ['title', 'summary', 'tryThis', 'signals', 'category'],
    processTerm,
    searchOptions: {
      boost: { title: 4, signals: 2.5, category: 2, summary: 1.2, tryThis: 0.8 },
      prefix: true,
      // Typo tolerance grows with the word: none for short words, where it would match noise.
      fuzzy: (term) => (term.length >= 8 ? 0.2 : term.length >= 5 ? 1 / term.length : false),
      combineWith: 'AND',
    },
  });
  index.addAll(principles.map((p) => toDocument(p, categoryNames)));
  return {
    search(query) {
      if (query.trim() === '') return null;
      return index.search(query).map((result) => String(result.id));
    },
  };
}
