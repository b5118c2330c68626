/**
 * The own-principle editor's form model: a principle as editable strings, converted to the pack
 * format and validated with `validatePack`, whose JSON paths are mapped to the form's fields.
 */
import { validatePack } from '../data/schema';
import type { Category, Context, Language, Principle, Signal, Source } from '../data/types';
import { ownPack } from '../settings';

/** One signal row: a word or phrase (`match`), an RE2 pattern (`regex`) or a concept id (`concept`). */
export interface SignalDraft {
  kind: 'match' | 'regex' | 'concept';
  value: string;
  /** Empty for the default weight (1). */
  weight: string;
  exact: boolean;
  /** Role options the form does not edit (`scope`, `whose`, `claim`, `with`, `reach`), kept as they are. */
  roles?: Pick<Signal, 'scope' | 'whose' | 'claim' | 'with' | 'reach'>;
}

const ROLE_KEYS = ['scope', 'whose', 'claim', 'with', 'reach'] as const;

/** Everything of one language; `enabled` false leaves the language out of the principle. */
export interface LanguageDraft {
  enabled: boolean;
  title: string;
  summary: string;
  why: string;
  /** The phrasings, one entry each (an entry may span lines). */
  tryThis: string[];
  /** Phrasings for an internal note (kept as they are; the form does not edit them yet). */
  tryThisNote: string[];
  triggers: SignalDraft[];
  suppressors: SignalDraft[];
  /** Signs the draft already does it (kept as they are; the form does not edit them yet). */
  done: SignalDraft[];
  /** Example texts, one entry each. */
  positive: string[];
  negative: string[];
}

/** A principle being edited. */
export interface PrincipleDraft {
  id: string;
  category: Category;
  contexts: Context[];
  source: { type: Source['type']; title: string; author: string; year: string; detail: string };
  en: LanguageDraft;
  de: LanguageDraft;
}

/** Problems by form field (see `fieldFor`); `form` holds those that belong to no field. */
export type FieldErrors = Record<string, string[]>;

export const LANGUAGES: readonly Language[] = ['en', 'de'];

/** A blank signal row. */
export function blankSignal(): SignalDraft {
  return { kind: 'match', value: '', weight: '', exact: false };
}

function blankLanguage(enabled: boolean): LanguageDraft {
  return {
    enabled,
    title: '',
    summary: '',
    why: '',
    tryThis: [''],
    tryThisNote: [],
    triggers: [blankSignal()],
    suppressors: [],
    done: [],
    positive: [],
    negative: [],
  };
}

/** A new, empty principle in the given language. */
export function blankDraft(language: Language): PrincipleDraft {
  return {
    id: '',
    category: 'service',
    contexts: ['any'],
    source: { type: 'practice', title: '', author: '', year: '', detail: '' },
    en: blankLanguage(language === 'en'),
    de: blankLanguage(language === 'de'),
  };
}

function signalDraft(signal: Signal): SignalDraft {
  const draft: SignalDraft = {
    kind: signal.regex !== undefined ? 'regex' : signal.concept !== undefined ? 'concept' : 'match',
    value: signal.regex ?? signal.concept ?? signal.match ?? '',
    weight: signal.weight === undefined ? '' : String(signal.weight),
    exact: signal.exact === true,
  };
  const roles: Record<string, unknown> = {};
  for (const key of ROLE_KEYS) if (signal[key] !== undefined) roles[key] = signal[key];
  if (Object.keys(roles).length > 0) draft.roles = roles as SignalDraft['roles'];
  return draft;
}

function languageDraft(principle: Principle, language: Language): LanguageDraft {
  const text = principle.text[language];
  const signals = principle.signals[language];
  const examples = principle.examples?.[language];
  if (!text && !signals) return blankLanguage(false);
  return {
    enabled: true,
    title: text?.title ?? '',
    summary: text?.summary ?? '',
    why: text?.why ?? '',
    tryThis: text?.tryThis.length ? [...text.tryThis] : [''],
    tryThisNote: [...(text?.tryThisNote ?? [])],
    triggers: (signals?.triggers ?? []).map(signalDraft),
    suppressors: (signals?.suppressors ?? []).map(signalDraft),
    done: (signals?.done ?? []).map(signalDraft),
    positive: [...(examples?.positive ?? [])],
    negative: [...(examples?.negative ?? [])],
  };
}

/** The form model of an existing principle. */
export function toDraft(principle: Principle): PrincipleDraft {
  const { source } = principle;
  return {
    id: principle.id,
    category: principle.category,
    contexts: [...principle.contexts],
    source: {
      type: source.type,
      title: source.title,
      author: source.author ?? '',
      year: source.year === undefined ? '' : String(source.year),
      detail: source.detail ?? '',
    },
    en: languageDraft(principle, 'en'),
    de: languageDraft(principle, 'de'),
  };
}

/** The filled entries of a list, trimmed; entries left empty are not part of the principle. */
const entries = (list: readonly string[]) =>
  list.map((entry) => entry.trim()).filter((entry) => entry.length > 0);

/** A number when the text is one; otherwise the text, so validation names the problem. */
function numberOrText(text: string): number | string {
  const trimmed = text.trim().replace(',', '.');
  const value = Number(trimmed);
  return trimmed !== '' && Number.isFinite(value) ? value : text;
}

function toSignal(row: SignalDraft): Signal {
  const signal: Record<string, unknown> = { [row.kind]: row.value.trim() };
  if (row.weight.trim() !== '') signal.weight = numberOrText(row.weight);
  if (row.exact && row.kind === 'match') signal.exact = true;
  for (const key of ROLE_KEYS) if (row.roles?.[key] !== undefined) signal[key] = row.roles[key];
  return signal as Signal;
}

/** Rows left empty are not signals; every other row is kept, so validation can point at it. */
const filledSignals = (rows: readonly SignalDraft[]) =>
  rows.flatMap((row, index) => (row.value.trim() === '' ? [] : [{ row, index }]));

function toSource(draft: PrincipleDraft['source']): Source {
  const source: Record<string, unknown> = { type: draft.type, title: draft.title.trim() };
  if (draft.author.trim() !== '') source.author = draft.author.trim();
  if (draft.year.trim() !== '') source.year = numberOrText(draft.year);
  if (draft.detail.trim() !== '') source.detail = draft.detail.trim();
  return source as unknown as Source;
}

/** The principle a draft describes (possibly invalid: validate it with `validateDraft`). */
export function fromDraft(draft: PrincipleDraft): Principle {
  const principle: Principle = {
    id: draft.id.trim(),
    category: draft.category,
    contexts: [...draft.contexts],
    source: toSource(draft.source),
    text: {},
    signals: {},
  };
  for (const language of LANGUAGES) {
    const lang = draft[language];
    if (!lang.enabled) continue;
    principle.text[language] = {
      title: lang.title.trim(),
      summary: lang.summary.trim(),
      why: lang.why.trim(),
      tryThis: entries(lang.tryThis),
    };
    const notes = entries(lang.tryThisNote);
    if (notes.length > 0) principle.text[language].tryThisNote = notes;
    const suppressors = filledSignals(lang.suppressors).map(({ row }) => toSignal(row));
    const done = filledSignals(lang.done).map(({ row }) => toSignal(row));
    principle.signals[language] = {
      triggers: filledSignals(lang.triggers).map(({ row }) => toSignal(row)),
      ...(suppressors.length > 0 ? { suppressors } : {}),
      ...(done.length > 0 ? { done } : {}),
    };
    const positive = entries(lang.positive);
    const negative = entries(lang.negative);
    if (positive.length > 0 || negative.length > 0) {
      principle.examples = { ...principle.examples, [language]: { positive, negative } };
    }
  }
  return principle;
}

/** Form field of a signal: the row index in the form, which skips empty rows in the principle. */
function signalRowIndex(draft: PrincipleDraft, language: string, kind: string, index: number) {
  const lang = draft[language as Language] as LanguageDraft | undefined;
  const rows = kind === 'triggers' ? lang?.triggers : lang?.suppressors;
  return filledSignals(rows ?? [])[index]?.index ?? index;
}

/**
 * The form field a JSON path of `validatePack` points at, e.g. `$.principles[0].text.de.title`
 * gives `text.de.title` and `$.principles[0].signals.en.triggers[1].regex` gives
 * `signals.en.triggers[1].value` (the row index counts the form's empty rows too).
 */
export function fieldFor(path: string, draft: PrincipleDraft): string {
  const rel = path.replace(/^\$\.principles\[0\]\.?/, '');
  const signal = /^signals\.(\w+)\.(triggers|suppressors)\[(\d+)\](?:\.(\w+))?/.exec(rel);
  if (signal) {
    const [, language = '', kind = '', index = '0', part] = signal;
    const row = `signals.${language}.${kind}[${signalRowIndex(draft, language, kind, Number(index))}]`;
    if (part === 'match' || part === 'regex' || part === 'concept') return `${row}.value`;
    return part === 'weight' || part === 'exact' ? `${row}.${part}` : row;
  }
  const rules: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^(id|category)$/, (m) => m[1] ?? 'form'],
    [/^contexts/, () => 'contexts'],
    [/^source\.(\w+)/, (m) => `source.${m[1]}`],
    [/^source$/, () => 'source.title'],
    [/^text$/, () => 'languages'],
    [/^text\.(\w+)\.(\w+)/, (m) => `text.${m[1]}.${m[2]}`],
    [/^text\.(\w+)$/, (m) => `text.${m[1]}.title`],
    [
      /^signals\.(\w+)(?:\.(triggers|suppressors))?$/,
      (m) => `signals.${m[1]}.${m[2] ?? 'triggers'}`,
    ],
    [/^examples\.(\w+)\.(positive|negative)/, (m) => `examples.${m[1]}.${m[2]}`],
  ];
  for (const [pattern, field] of rules) {
    const match = pattern.exec(rel);
    if (match) return field(match);
  }
  return 'form';
}

/** The result of checking a draft: the principle when valid, and every problem by field. */
export interface DraftCheck {
  principle: Principle;
  valid: boolean;
  errors: FieldErrors;
}

/** Validates a draft as the only principle of the own pack; `takenIds` are the other own ids. */
export function validateDraft(draft: PrincipleDraft, takenIds: readonly string[]): DraftCheck {
  const principle = fromDraft(draft);
  const errors: FieldErrors = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  const result = validatePack(ownPack([principle]));
  if (!result.ok)
    for (const error of result.errors) add(fieldFor(error.path, draft), error.message);
  if (takenIds.includes(principle.id)) add('id', 'is already used by another of your principles');
  if (draft.contexts.length === 0) errors.contexts ??= ['must have at least 1 entry'];
  return { principle, valid: Object.keys(errors).length === 0, errors };
}

/** A kebab-case id from a title: "Name the delay!" gives `name-the-delay`. */
export function idFromTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** An id not in `taken`: `base`, `base-2`, `base-3`… */
export function uniqueId(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) if (!taken.includes(`${base}-${n}`)) return `${base}-${n}`;
}
