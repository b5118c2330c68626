/**
 * The simple "My principle" form's model: title, advice, why, one phrasing and a few trigger words
 * per language, turned into a valid pack principle (id from the title, category and contexts
 * defaulted). Principles that need more (patterns, suppressors, concepts, examples) use the full editor.
 */
import { validatePack } from '../data/schema';
import type { Language, Principle } from '../data/types';
import { ownPack } from '../settings';
import { idFromTitle, LANGUAGES, uniqueId } from './editor-model';

/** What the rep types into the simple form. */
export interface SimpleDraft {
  title: string;
  summary: string;
  /** Optional: the advice stands in for it when empty. */
  why: string;
  phrasing: string;
  /** Comma-separated words or phrases, per language. */
  words: Record<Language, string>;
}

/** The fields of the simple form, in the order they appear. */
export const SIMPLE_FIELDS = ['title', 'summary', 'why', 'phrasing', 'words'] as const;
export type SimpleField = (typeof SIMPLE_FIELDS)[number];

/** What the form needs to know about where the principle goes. */
export interface SimpleContext {
  /** The language the rep writes the texts in (the interface language). */
  language: Language;
  /** The ids of the rep's other own principles. */
  takenIds: readonly string[];
  /** The principle's id when it is already saved (it keeps it). */
  savedId?: string;
  /** The source named on a principle written here ("My own practice"). */
  sourceTitle: string;
}

/** A problem of the simple form: the field and a message key of `_locales/<lang>/options.json`. */
export interface SimpleProblem {
  field: SimpleField | 'form';
  key: string;
  /** The validator's own words, for problems the form does not name itself. */
  detail?: string;
}

/** An empty simple form. */
export function blankSimpleDraft(): SimpleDraft {
  return { title: '', summary: '', why: '', phrasing: '', words: { en: '', de: '' } };
}

/** The words of a comma-separated list: trimmed, lower case, each once. */
export function splitWords(text: string): string[] {
  const words = text
    .split(/[,;\n]/)
    .map((w) => w.trim().replace(/\s+/g, ' ').toLowerCase())
    .filter((w) => w.length > 0);
  return [...new Set(words)];
}

/**
 * Whether the simple form can show a principle without losing anything: one phrasing, the same
 * text in each of its languages, plain word triggers only, no suppressors or examples.
 */
export function isSimple(principle: Principle): boolean {
  const texts = LANGUAGES.flatMap((l) => (principle.text[l] ? [principle.text[l]] : []));
  const first = texts[0];
  if (!first || first.tryThis.length !== 1) return false;
  if (texts.some((x) => JSON.stringify(x) !== JSON.stringify(first))) return false;
  if (principle.examples && Object.keys(principle.examples).length > 0) return false;
  return LANGUAGES.every((l) => {
    const signals = principle.signals[l];
    if (!signals) return true;
    if (signals.suppressors && signals.suppressors.length > 0) return false;
    return signals.triggers.every(
      (s) => s.match !== undefined && Object.keys(s).length === 1 && !s.match.includes(','),
    );
  });
}

/** The simple form of a principle (use it when `isSimple`). */
export function toSimpleDraft(principle: Principle): SimpleDraft {
  const text = LANGUAGES.map((l) => principle.text[l]).find((x) => x !== undefined);
  const words = (l: Language) =>
    (principle.signals[l]?.triggers ?? []).flatMap((s) => (s.match ? [s.match] : [])).join(', ');
  return {
    title: text?.title ?? '',
    summary: text?.summary ?? '',
    why: text?.why === text?.summary ? '' : (text?.why ?? ''),
    phrasing: text?.tryThis[0] ?? '',
    words: { en: words('en'), de: words('de') },
  };
}

/**
 * The principle a simple draft describes. Its texts go under every language the rep gave words
 * for (a principle needs signals in each language it has text in), or under the rep's language.
 */
export function fromSimpleDraft(draft: SimpleDraft, context: SimpleContext): Principle {
  const words = { en: splitWords(draft.words.en), de: splitWords(draft.words.de) };
  const withWords = LANGUAGES.filter((l) => words[l].length > 0);
  const textLanguages = withWords.length > 0 ? withWords : [context.language];
  const summary = draft.summary.trim();
  const text = {
    title: draft.title.trim(),
    summary,
    why: draft.why.trim() || summary,
    tryThis: draft.phrasing.trim() ? [draft.phrasing.trim()] : [],
  };
  const base = idFromTitle(draft.title) || 'my-principle';
  const principle: Principle = {
    id: context.savedId ?? uniqueId(base, context.takenIds),
    category: 'service',
    contexts: ['any'],
    source: { type: 'practice', title: context.sourceTitle },
    text: {},
    signals: {},
  };
  for (const language of textLanguages) principle.text[language] = { ...text };
  for (const language of withWords)
    principle.signals[language] = { triggers: words[language].map((match) => ({ match })) };
  return principle;
}

/** Checks a simple draft: the principle when valid, and every problem by field. */
export function checkSimpleDraft(
  draft: SimpleDraft,
  context: SimpleContext,
): { principle: Principle; problems: SimpleProblem[] } {
  const problems: SimpleProblem[] = [];
  if (draft.title.trim() === '') problems.push({ field: 'title', key: 'optionsSimpleNeedTitle' });
  if (draft.summary.trim() === '')
    problems.push({ field: 'summary', key: 'optionsSimpleNeedSummary' });
  if (draft.phrasing.trim() === '')
    problems.push({ field: 'phrasing', key: 'optionsSimpleNeedPhrasing' });
  if (LANGUAGES.every((l) => splitWords(draft.words[l]).length === 0))
    problems.push({ field: 'words', key: 'optionsSimpleNeedWords' });
  const principle = fromSimpleDraft(draft, context);
  if (problems.length === 0) {
    // What the form does not check itself (lengths, a word like "a*"), in the validator's words.
    const result = validatePack(ownPack([principle]));
    if (!result.ok)
      for (const error of result.errors)
        problems.push({
          field: fieldOfPath(error.path),
          key: 'optionsSimpleInvalid',
          detail: error.message,
        });
  }
  return { principle, problems };
}

/** The simple form's field for a validator path. */
function fieldOfPath(path: string): SimpleField | 'form' {
  if (/\.signals\./.test(path)) return 'words';
  if (/\.text\.\w+\.title/.test(path)) return 'title';
  if (/\.text\.\w+\.summary/.test(path)) return 'summary';
  if (/\.text\.\w+\.why/.test(path)) return 'why';
  if (/\.text\.\w+\.tryThis/.test(path)) return 'phrasing';
  return 'form';
}
