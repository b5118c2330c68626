/**
 * The principle-pack format: the contract between the bundled dataset, user and team packs,
 * the engine, the CLI and the UI. The valibot schema in `schema.ts` validates exactly this shape.
 */

/** Languages Maxim writes and analyses. */
export type Language = 'en' | 'de';

/** Where a text is written: an email, a CRM note, or anywhere. */
export type Context = 'email' | 'crm' | 'any';

/** Broad family of a principle, used for filtering and per-category on/off. */
export type Category = 'marketing' | 'service' | 'sales' | 'communication' | 'ethics' | 'crm';

/** The current pack format version; bump with a migration in schema.ts. */
export const PACK_SCHEMA_VERSION = 1;

/** What a rep reads about a principle, in one language. */
export interface PrincipleText {
  /** Short imperative title, at most ~60 characters. */
  title: string;
  /** One or two sentences: the principle itself. */
  summary: string;
  /** Why it matters when this principle comes up in a draft. */
  why: string;
  /**
   * One or more ready-to-use phrasings for the customer (an email, a reply). What only the rep
   * knows is a fill-in field in braces, `{new date}`, never an invented fact; `{name}` (German
   * `{Name}`) is filled with the name of the greeting ("Hi Sarah," gives "Sarah") where there is one.
   */
  tryThis: string[];
  /**
   * Phrasings for an internal note (a CRM record, a ticket comment) in the note's voice: what the
   * rep writes for colleagues, not to the customer. Shown instead of `tryThis` in a note.
   */
  tryThisNote?: string[];
}

/**
 * One signal that makes a principle relevant.
 * - `match`: a word or a phrase (words separated by spaces). Each word matches its inflections
 *   (stemmed), and in German a word of 4+ letters also matches as the last part of a compound
 *   ("verzögerung" matches "Lieferverzögerung"). A trailing `*` matches any continuation
 *   ("revolution*"). Set `exact: true` to match the word forms literally.
 * - `regex`: an RE2 pattern (linear time, no backreferences or lookaround), matched
 *   case-insensitively against the original text.
 * - `concept`: the id of a concept of the situation layer (`src/data/concepts.json`, e.g.
 *   `lateness`, `own-error`, `crowd-quantifier`): all its words, phrases and suppressors at once,
 *   in every language it covers. The concept's own `whose` and `claim` apply unless set here.
 * Exactly one of `match`, `regex` or `concept` is given.
 */
export interface Signal {
  match?: string;
  regex?: string;
  concept?: string;
  /** Strength of this signal; default 1, from 0.1 to 3. */
  weight?: number;
  /** Match word forms literally (no stemming, no compounds). */
  exact?: boolean;
  /**
   * Where the signal counts: `own` (default) in the rep's own words; `reply` only in the quoted
   * message the rep is answering; `both` in either.
   */
  scope?: SignalScope;
  /**
   * `ours`: only when the situation is ours, not when the sentence is about the customer's or
   * someone else's ("your opening got pushed back"). `any` (default for match and regex) always.
   */
  whose?: 'ours' | 'any';
  /** `true`: counts only as the writer's own claim, not in quotation marks or reported speech. */
  claim?: boolean;
  /**
   * A concept id: the signal counts only in a sentence where that concept also occurs ("our
   * warehouse team" counts for trust-your-team only next to a harsh judgement of them).
   */
  with?: string;
  /** For suppressors: `sentence` (default) cancels triggers in its sentence, `text` in the whole text. */
  reach?: 'sentence' | 'text';
}

/** Where a signal counts: the rep's own words, the quoted message being answered, or both. */
export type SignalScope = 'own' | 'reply' | 'both';

/** A concept of the situation layer: a situation written once, in both languages, used by many principles. */
export interface Concept {
  /** What the concept stands for, for pack authors. */
  description: string;
  /** Defaults for the signals that use it. */
  whose?: 'ours' | 'any';
  claim?: boolean;
  /** Words, phrases and patterns per language (no concept references inside a concept). */
  signals: Partial<Record<Language, Signals>>;
}

/** The signals of one principle in one language. */
export interface Signals {
  /** What makes the principle relevant. */
  triggers: Signal[];
  /**
   * What cancels a trigger in the same sentence, beyond the built-in negation
   * ("no", "not", "never", "without", "kein", "nicht", "nie", "ohne" shortly before a trigger).
   */
  suppressors?: Signal[];
  /**
   * Signs that the draft already does what the principle asks ("that is on us, the new plan
   * is…"): a principle that fires with one of them in the rep's own words is shown as done,
   * with that evidence, instead of as advice. They never make a principle fire.
   */
  done?: Signal[];
}

/** Example texts the test suite runs: positives must fire the principle, negatives must not. */
export interface Examples {
  positive: string[];
  negative: string[];
}

/** Where a principle comes from. */
export interface Source {
  /** book, public study (with its figure), article, or common practice. */
  type: 'book' | 'study' | 'article' | 'practice';
  /** Title of the book, study or article; for practice a short description. */
  title: string;
  author?: string;
  year?: number;
  /** The figure or finding carried over, e.g. "80 % of ...". */
  detail?: string;
}

/** One principle: stable id, texts, signals and examples per language. */
export interface Principle {
  /** Stable kebab-case id, e.g. `own-mistakes-openly`. */
  id: string;
  category: Category;
  /** Contexts the principle fits; `any` means email and CRM notes alike. */
  contexts: Context[];
  source: Source;
  text: Partial<Record<Language, PrincipleText>>;
  signals: Partial<Record<Language, Signals>>;
  examples?: Partial<Record<Language, Examples>>;
}

/** A principle pack: the bundled dataset, a team's pack or a rep's own principles. */
export interface Pack {
  schemaVersion: typeof PACK_SCHEMA_VERSION;
  /** Stable kebab-case id of the pack, e.g. `maxim-core`. */
  id: string;
  name: string;
  /** Semantic version, e.g. `1.2.0`; a re-import with a newer version updates the pack. */
  version: string;
  description?: string;
  principles: Principle[];
}
