/**
 * The comparison baseline for `eval` and `bench`: plain BM25 full-text search (MiniSearch)
 * over each principle's titles, summaries and signal words, queried with the whole text.
 * It shows what the engine adds (stemming, phrases, negation, suppressors, context, scoring).
 */
import MiniSearch from 'minisearch';
import type { Principle } from '../data/types';

/**
 * BM25 score a principle must reach to count as a baseline suggestion. Set where the baseline's
 * F1 (recall@3 with precision@3) peaked on the labelled cases (flat between 180 and 230), so the
 * comparison is with the baseline at its best, not a strawman.
 */
export const BASELINE_CUTOFF = 200;

// Function words dropped from index and query alike, so "the" and "und" do not match everything.
const STOPWORDS = new Set(
  (
    'the a an and or of to in on at by for from with is are was were be been it its this that these those we you ' +
    'i he she they them our your my me us not no do does did have has had will would can could should so if as ' +
    'but all any some there here what which who when how please thanks hi hello dear ' +
    'der die das den dem des ein eine einen einem einer und oder in im an am auf aus bei mit von zu zum zur ist sind ' +
    'war waren wird werden wurde hat haben hatte ich du er sie es wir ihr ihnen ihre ihr uns nicht kein keine ' +
    'auch noch schon sehr nur so wie was wer wenn dann als dass ob für über unter nach vor bitte danke hallo'
  ).split(' '),
);

interface BaselineDocument {
  id: string;
  title: string;
  summary: string;
  signals: string;
}

/** Alphabetic runs of 3+ letters in a regex, as a rough word list for indexing. */
function regexWords(pattern: string): string {
  return (pattern.replace(/\\[a-zA-Z]/g, ' ').match(/\p{L}{3,}/gu) ?? []).join(' ');
}

function toDocument(principle: Principle): BaselineDocument {
  const texts = Object.values(principle.text);
  const signals = Object.values(principle.signals).flatMap((s) =>
    s.triggers.map((t) => (t.match ?? regexWords(t.regex ?? '')).replace(/\*/g, '')),
  );
  return {
    id: principle.id,
    title: texts.map((t) => t.title).join(' '),
    summary: texts.map((t) => t.summary).join(' '),
    signals: signals.join(' '),
  };
}

/** A MiniSearch index of principles with a `suggest(text)` returning the top 3 ids above the cutoff. */
export function createBaseline(principles: readonly Principle[], cutoff = BASELINE_CUTOFF) {
  const index = new MiniSearch<BaselineDocument>({
    fields: ['title', 'summary', 'signals'],
    processTerm: (term) => {
      const lower = term.toLowerCase();
      return lower.length < 2 || STOPWORDS.has(lower) ? null : lower;
    },
    searchOptions: { boost: { signals: 2, title: 1.5 }, combineWith: 'OR' },
  });
  index.addAll(principles.map(toDocument));
  return {
    /** Raw MiniSearch results for a text (all matches, best first). */
    search: (text: string) => index.search(text),
    /** Ids of the top 3 principles scoring at least the cutoff. */
    suggest: (text: string) =>
      index
        .search(text)
        .filter((result) => result.score >= cutoff)
        .slice(0, 3)
        .map((result) => String(result.id)),
  };
}
