/**
 * Pack checks beyond the structural schema: unknown keys, duplicate ids, match-or-regex,
 * RE2 syntax, and which languages a principle must cover. They read the raw input
 * defensively, so they report problems even where the structure is broken elsewhere.
 */
import { RE2JS } from 're2js';
import { CONCEPT_IDS } from './concept-ids';

/** One problem: JSON path and message (same shape as `PackError` in schema.ts). */
interface Problem {
  path: string;
  message: string;
}

type PathKey = string | number | unknown;
type Raw = Record<string, unknown>;

const LANGUAGES = ['en', 'de'] as const;
const MIN_PREFIX = 3;

/** `$.principles[3].signals.de` from path keys. */
export function formatPath(keys: readonly PathKey[]): string {
  let path = '$';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) path += `.${key}`;
    else path += `[${JSON.stringify(String(key))}]`;
  }
  return path;
}

/** Short description of a received value for messages: `"mail"`, `42`, `an array`, `null`. */
export function describeReceived(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

/** Why a pattern cannot be used, or undefined when it is valid RE2 that cannot match empty text. */
export function regexProblem(pattern: string): string | undefined {
  let compiled: RE2JS;
  try {
    // Compiled without flags first so the message quotes the author's pattern as written.
    RE2JS.compile(pattern);
    compiled = RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    const detail =
      error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
    return `regex is not valid RE2: ${detail}`;
  }
  if (compiled.testExact(''))
    return 'regex matches empty text; it must match at least one character';
  return undefined;
}

/** Sorts problems by path (array indices numerically), keeping the order within one path. */
export function sortErrors<T extends Problem>(errors: T[]): T[] {
  const key = (path: string) =>
    path.replace(/\[(\d+)\]/g, (_, n: string) => `[${n.padStart(8, '0')}]`);
  return errors
    .map((error, index) => ({ error, index, sortKey: key(error.path) }))
    .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.index - b.index))
    .map(({ error }) => error);
}

interface SchemaNode {
  type: string;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  wrapped?: SchemaNode;
}

/** Keys that could reach an object's prototype when a pack is copied: refused everywhere. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Reports keys the schema does not know, and arrays where it wants objects, at every depth. */
export function checkKeys(
  schema: unknown,
  value: unknown,
  errors: Problem[],
  keys: PathKey[] = [],
): void {
  let node = schema as SchemaNode;
  while (node.wrapped !== undefined) node = node.wrapped;
  // An array where an object belongs: valibot would take it for an object whose keys are all optional.
  if (node.entries !== undefined && Array.isArray(value)) {
    errors.push({ path: formatPath(keys), message: 'must be an object (got an array)' });
    return;
  }
  if (node.entries !== undefined && isRecord(value)) {
    const known = Object.keys(node.entries);
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        errors.push({ path: formatPath([...keys, key]), message: `key '${key}' is not allowed` });
        continue;
      }
      // Own entries only: "constructor" or "toString" must not find Object.prototype's.
      const child = Object.hasOwn(node.entries, key) ? node.entries[key] : undefined;
      if (child === undefined)
        errors.push({ path: formatPath([...keys, key]), message: unknownKeyMessage(key, known) });
      else checkKeys(child, value[key], errors, [...keys, key]);
    }
  } else if (node.item !== undefined && Array.isArray(value)) {
    value.forEach((item, index) => checkKeys(node.item, item, errors, [...keys, index]));
  }
}

function unknownKeyMessage(key: string, known: readonly string[]): string {
  const isLanguageMap = known.length === 2 && known.includes('en') && known.includes('de');
  if (isLanguageMap) return `unknown language '${key}'; supported: en, de`;
  const close = known.find(
    (candidate) => editDistance(candidate.toLowerCase(), key.toLowerCase()) <= 2,
  );
  return `unknown key '${key}'${close === undefined ? `; allowed: ${known.join(', ')}` : ` (did you mean '${close}'?)`}`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Cross-field checks on the raw pack: ids, signals, and languages (both with `bilingual`). */
export function checkPackSemantics(input: unknown, bilingual: boolean, errors: Problem[]): void {
  if (!isRecord(input) || !Array.isArray(input.principles)) return;
  const firstAt = new Map<string, number>();
  input.principles.forEach((principle, index) => {
    if (!isRecord(principle)) return;
    const path: PathKey[] = ['principles', index];
    if (typeof principle.id === 'string') {
      const earlier = firstAt.get(principle.id);
      if (earlier === undefined) firstAt.set(principle.id, index);
      else
        errors.push({
          path: formatPath([...path, 'id']),
          message: `duplicate principle id '${principle.id}' (also at ${formatPath(['principles', earlier])})`,
        });
    }
    checkSignals(principle, path, errors);
    checkLanguages(principle, path, bilingual, errors);
  });
}

/** The pack's patterns (`match`, `regex`, `concept`) together stay under `limit` characters. */
export function checkPatternSize(input: unknown, limit: number, errors: Problem[]): void {
  if (!isRecord(input) || !Array.isArray(input.principles)) return;
  let total = 0;
  for (const principle of input.principles) {
    if (!isRecord(principle) || !isRecord(principle.signals)) continue;
    for (const signals of Object.values(principle.signals)) {
      if (!isRecord(signals)) continue;
      for (const list of [signals.triggers, signals.suppressors, signals.done]) {
        if (!Array.isArray(list)) continue;
        for (const signal of list) {
          if (!isRecord(signal)) continue;
          for (const key of ['match', 'regex', 'concept'])
            if (typeof signal[key] === 'string') total += (signal[key] as string).length;
        }
      }
    }
  }
  if (total > limit)
    errors.push({
      path: '$.principles',
      message: `the patterns of the pack hold ${total} characters; at most ${limit} are allowed`,
    });
}

function checkSignals(principle: Raw, path: PathKey[], errors: Problem[]): void {
  if (!isRecord(principle.signals)) return;
  for (const [language, signals] of Object.entries(principle.signals)) {
    if (!isRecord(signals)) continue;
    for (const kind of ['triggers', 'suppressors', 'done']) {
      const list = signals[kind];
      if (!Array.isArray(list)) continue;
      list.forEach((signal, i) =>
        checkSignal(signal, [...path, 'signals', language, kind, i], errors),
      );
    }
  }
}

function checkSignal(signal: unknown, path: PathKey[], errors: Problem[]): void {
  if (!isRecord(signal)) return;
  const kinds = (['match', 'regex', 'concept'] as const).filter((k) => signal[k] !== undefined);
  if (kinds.length > 1)
    errors.push({
      path: formatPath(path),
      message: `either match, regex or concept, not ${kinds.join(' and ')}`,
    });
  if (kinds.length === 0)
    errors.push({ path: formatPath(path), message: 'needs one of match, regex or concept' });
  if (signal.match === undefined && signal.exact !== undefined)
    errors.push({
      path: formatPath([...path, 'exact']),
      message: 'exact applies only to match',
    });
  if (typeof signal.match === 'string') {
    const problem = matchProblem(signal.match);
    if (problem !== undefined)
      errors.push({ path: formatPath([...path, 'match']), message: problem });
  }
  for (const key of ['concept', 'with'] as const) {
    const id = signal[key];
    if (typeof id === 'string' && !CONCEPT_IDS.includes(id))
      errors.push({
        path: formatPath([...path, key]),
        message: `unknown concept '${id}'${closest(id)}; concepts: ${CONCEPT_IDS.join(', ')}`,
      });
  }
}

function closest(id: string): string {
  const near = CONCEPT_IDS.find((known) => known.startsWith(id.slice(0, 4)));
  return near === undefined ? '' : ` (did you mean '${near}'?)`;
}

function matchProblem(match: string): string | undefined {
  if (match.trim().length > 0 && !/[\p{L}\p{N}]/u.test(match))
    return 'must contain at least one word';
  for (const word of match.trim().split(/[\s-]+/)) {
    const star = word.indexOf('*');
    if (star === -1) continue;
    if (star !== word.length - 1) return `"*" may only end a word ("${word}")`;
    if ([...word.slice(0, -1)].length < MIN_PREFIX)
      return `a prefix before "*" needs at least ${MIN_PREFIX} letters ("${word}")`;
  }
  return undefined;
}

function checkLanguages(
  principle: Raw,
  path: PathKey[],
  bilingual: boolean,
  errors: Problem[],
): void {
  const text = isRecord(principle.text) ? principle.text : undefined;
  const signals = isRecord(principle.signals) ? principle.signals : undefined;
  const examples = isRecord(principle.examples) ? principle.examples : undefined;
  if (text === undefined || signals === undefined) return;
  const textLanguages = LANGUAGES.filter((language) => text[language] !== undefined);
  if (textLanguages.length === 0)
    errors.push({ path: formatPath([...path, 'text']), message: 'needs text in en or de' });
  for (const language of textLanguages) {
    if (signals[language] === undefined)
      errors.push({
        path: formatPath([...path, 'signals', language]),
        message: `is missing: the principle has text in ${language}`,
      });
  }
  if (!bilingual) return;
  for (const language of LANGUAGES) {
    if (text[language] === undefined)
      errors.push({
        path: formatPath([...path, 'text', language]),
        message: 'is required in the bundled pack (en and de)',
      });
    if (signals[language] === undefined && !textLanguages.includes(language))
      errors.push({
        path: formatPath([...path, 'signals', language]),
        message: 'is required in the bundled pack (en and de)',
      });
    checkBundledExamples(examples, language, [...path, 'examples', language], errors);
  }
}

function checkBundledExamples(
  examples: Raw | undefined,
  language: string,
  path: PathKey[],
  errors: Problem[],
): void {
  const forLanguage = examples?.[language];
  if (!isRecord(forLanguage)) {
    errors.push({
      path: formatPath(path),
      message: 'is required in the bundled pack (positive and negative examples)',
    });
    return;
  }
  for (const kind of ['positive', 'negative']) {
    const list = forLanguage[kind];
    if (Array.isArray(list) && list.length === 0)
      errors.push({
        path: formatPath([...path, kind]),
        message: 'needs at least one example in the bundled pack',
      });
  }
}

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
