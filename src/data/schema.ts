/**
 * Validation of principle packs: the valibot schema of `types.ts`, plus checks a schema cannot
 * express (unknown keys, duplicate ids, match-or-regex, RE2 syntax, languages). Every problem is
 * reported with its JSON path, e.g. `$.principles[3].signals.de.triggers[0].regex`.
 */
import * as v from 'valibot';
import {
  checkKeys,
  checkPatternSize,
  checkPackSemantics,
  describeReceived,
  formatPath,
  regexProblem,
  sortErrors,
} from './pack-checks';
import type { Pack } from './types';
import { PACK_SCHEMA_VERSION } from './types';

export { parsePackJson } from './pack-json';

/** One problem in a pack: where (JSON path) and what is wrong. */
export interface PackError {
  path: string;
  message: string;
}

/** Outcome of validating a pack. */
export type PackValidation = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

/** Options of `validatePack`. */
export interface ValidatePackOptions {
  /** Require English and German text, signals and examples (the bundled pack). */
  requireBilingual?: boolean;
}

/**
 * What one pack may hold, so that whatever validates also compiles and runs in bounded time and
 * memory (the bundled pack: 41 principles, at most 74 triggers, 170,000 pattern characters).
 */
export const PACK_LIMITS = {
  principles: 500,
  /** Per principle and language. */
  triggers: 500,
  suppressors: 200,
  done: 200,
  /** All `match`, `regex` and `concept` strings of the pack together. */
  patternCharacters: 1_000_000,
} as const;
/** Longest list anywhere else in a pack (phrasings, examples, contexts). */
const MAX_LIST = 200;

/** Pack format versions this build reads. */
export const SUPPORTED_SCHEMA_VERSIONS: readonly number[] = [PACK_SCHEMA_VERSION];

const CATEGORIES = ['marketing', 'service', 'sales', 'communication', 'ethics', 'crm'] as const;
const CONTEXTS = ['email', 'crm', 'any'] as const;
const SOURCE_TYPES = ['book', 'study', 'article', 'practice'] as const;
const SCOPES = ['own', 'reply', 'both'] as const;
const WHOSE = ['ours', 'any'] as const;
const REACH = ['sentence', 'text'] as const;
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SEMVER = /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/;

const oneOf = (values: readonly string[]) => (issue: v.BaseIssue<unknown>) =>
  `must be one of ${values.join(', ')} (got ${describeReceived(issue.input)})`;
const boolean = () =>
  v.boolean((issue) => `must be true or false (got ${describeReceived(issue.input)})`);
const string = () => v.string((issue) => `must be a string (got ${describeReceived(issue.input)})`);
const text = (max: number) =>
  v.pipe(
    string(),
    v.check((s) => s.trim().length > 0, 'must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
  );
const list = <T extends v.GenericSchema>(item: T, min: number, max = MAX_LIST) =>
  v.pipe(
    v.array(item, (issue) => `must be an array (got ${describeReceived(issue.input)})`),
    v.minLength(min, `must have at least ${min} ${min === 1 ? 'entry' : 'entries'}`),
    v.maxLength(max, `must have at most ${max} entries (got more)`),
  );
const object = <T extends v.ObjectEntries>(entries: T) =>
  v.looseObject(entries, (issue) => `must be an object (got ${describeReceived(issue.input)})`);
const kebabId = () =>
  v.pipe(text(80), v.regex(KEBAB_CASE, 'must be kebab-case: a-z, 0-9 and single dashes'));

const regexSchema = v.pipe(
  text(1000),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = regexProblem(dataset.value);
    if (problem !== undefined) addIssue({ message: problem });
  }),
);

const SignalSchema = object({
  match: v.optional(text(200)),
  regex: v.optional(regexSchema),
  weight: v.optional(
    v.pipe(
      v.number((issue) => `must be a number (got ${describeReceived(issue.input)})`),
      v.minValue(0.1, 'must be at least 0.1'),
      v.maxValue(3, 'must be at most 3'),
    ),
  ),
  exact: v.optional(boolean()),
  concept: v.optional(kebabId()),
  scope: v.optional(v.picklist(SCOPES, oneOf(SCOPES))),
  whose: v.optional(v.picklist(WHOSE, oneOf(WHOSE))),
  claim: v.optional(boolean()),
  with: v.optional(kebabId()),
  reach: v.optional(v.picklist(REACH, oneOf(REACH))),
});

const SignalsSchema = object({
  triggers: list(SignalSchema, 1, PACK_LIMITS.triggers),
  suppressors: v.optional(list(SignalSchema, 0, PACK_LIMITS.suppressors)),
  done: v.optional(list(SignalSchema, 0, PACK_LIMITS.done)),
});

const PrincipleTextSchema = object({
  title: text(120),
  summary: text(1000),
  why: text(2000),
  tryThis: list(text(1000), 1),
  tryThisNote: v.optional(list(text(1000), 0)),
});

const ExamplesSchema = object({
  positive: list(text(5000), 0),
  negative: list(text(5000), 0),
});

const SourceSchema = object({
  type: v.picklist(SOURCE_TYPES, oneOf(SOURCE_TYPES)),
  title: text(300),
  author: v.optional(text(300)),
  year: v.optional(
    v.pipe(
      v.number((issue) => `must be a number (got ${describeReceived(issue.input)})`),
      v.integer('must be a whole number'),
      v.minValue(1000, 'must be a year (1000 or later)'),
      v.maxValue(2100, 'must be a year (2100 or earlier)'),
    ),
  ),
  detail: v.optional(text(1000)),
});

const byLanguage = <T extends v.GenericSchema>(schema: T) =>
  object({ en: v.optional(schema), de: v.optional(schema) });

const PrincipleSchema = object({
  id: kebabId(),
  category: v.picklist(CATEGORIES, oneOf(CATEGORIES)),
  contexts: list(v.picklist(CONTEXTS, oneOf(CONTEXTS)), 1),
  source: SourceSchema,
  text: byLanguage(PrincipleTextSchema),
  signals: byLanguage(SignalsSchema),
  examples: v.optional(byLanguage(ExamplesSchema)),
});

/** The valibot schema of a pack (structure only; `validatePack` adds the cross-field checks). */
export const PackSchema = object({
  schemaVersion: v.literal(
    PACK_SCHEMA_VERSION,
    (issue) =>
      `unsupported schemaVersion ${describeReceived(issue.input)}; supported: ${SUPPORTED_SCHEMA_VERSIONS.join(', ')}`,
  ),
  id: kebabId(),
  name: text(120),
  version: v.pipe(string(), v.regex(SEMVER, 'must be a semantic version like 1.2.0')),
  description: v.optional(text(2000)),
  principles: list(PrincipleSchema, 1, PACK_LIMITS.principles),
});

// Compile-time guarantee that what the schema accepts is a Pack.
const schemaMatchesTypes = (output: v.InferOutput<typeof PackSchema>): Pack => output;
void schemaMatchesTypes;

/** Validates a parsed pack; lists every problem with its JSON path. */
export function validatePack(input: unknown, options: ValidatePackOptions = {}): PackValidation {
  const result = v.safeParse(PackSchema, input);
  const errors: PackError[] = result.success ? [] : result.issues.map(toPackError);
  checkKeys(PackSchema, input, errors);
  checkPackSemantics(input, options.requireBilingual === true, errors);
  checkPatternSize(input, PACK_LIMITS.patternCharacters, errors);
  if (errors.length > 0 || !result.success)
    return { ok: false, errors: sortErrors(unique(errors)) };
  return { ok: true, pack: result.output };
}

/** Validates the bundled pack: as `validatePack`, and English and German are both required. */
export function validateBundledPack(input: unknown): PackValidation {
  return validatePack(input, { requireBilingual: true });
}

function unique(errors: PackError[]): PackError[] {
  const seen = new Set<string>();
  const kept: PackError[] = [];
  for (const error of errors) {
    const key = `${error.path}\u0000${error.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(error);
  }
  return kept;
}

function toPackError(issue: v.BaseIssue<unknown>): PackError {
  const path = issue.path ?? [];
  // valibot reads an array where an object belongs as an object: its keys all missing, or found on
  // Array.prototype (`with`). Say what is really wrong, at the array.
  const asObject = path.findIndex((item) => item.type === 'object' && Array.isArray(item.input));
  if (asObject !== -1)
    return {
      path: formatPath(path.slice(0, asObject).map((item) => item.key)),
      message: 'must be an object (got an array)',
    };
  const last = path[path.length - 1];
  // A missing required key is reported by its object with the key as the last path item.
  if (
    last !== undefined &&
    last.origin === 'key' &&
    issue.kind === 'schema' &&
    issue.input === undefined
  )
    return { path: formatPath(path.map((item) => item.key)), message: 'is required but missing' };
  return { path: formatPath(path.map((item) => item.key)), message: issue.message };
}
