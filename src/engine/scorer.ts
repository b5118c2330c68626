/**
 * The learned scorer: two small linear models per seed principle.
 *
 * - The rescoring model re-ranks and calibrates what the rules found: it reads a principle with at
 *   least one hit in the rep's words, and the evidence stays the hits' spans.
 * - The open model finds a seed principle that no signal caught (a paraphrase no concept covers
 *   yet). It reads every text, and it only proposes a principle when its probability clears
 *   `ScorerModel.openThreshold`, a stricter bar than a rule hit needs. Its evidence is the
 *   sentence whose words weigh most for the principle, so the rep still sees why.
 *
 * Features of a text (the rep's own words): the rule score of each seed principle, which
 * concepts occur, its shape (a sentence or two, a long email) and which word stems occur. Texts longer than the drafts it was trained on
 * (see `SCORER_MAX_WORDS` in analyze.ts) are left to the rules. Weights come from `npm run train-scorer`
 * (src/cli/train-scorer.ts), trained deterministically on the in-sample texts only, and live in
 * src/data/scorer.json.
 */
import type { Language } from '../data/types';

/** The weights of one principle's model. */
export interface PrincipleModel {
  bias: number;
  /** One weight per seed principle's rule score, in `ScorerModel.seeds` order. */
  rules: number[];
  /** One weight per concept, in `ScorerModel.concepts` order. */
  concepts: number[];
  /** One weight per shape of the text, in `SHAPES` order (a one-line draft, a long email). */
  shapes?: number[];
  /** Weights of word stems per language (stems not listed weigh 0). */
  stems: Partial<Record<Language, Record<string, number>>>;
  /** The open model (same features, fitted on every text, not only those with a hit). */
  open?: PrincipleModel;
}

/** A trained scorer as stored in src/data/scorer.json. */
export interface ScorerModel {
  version: 1;
  seeds: string[];
  concepts: string[];
  models: Record<string, PrincipleModel>;
  /** Probability the open model must reach at the default sensitivity (no open models: absent). */
  openThreshold?: number;
}

/**
 * The name of the feature that says principle `id`'s `done` signals hit in the rep's words; the
 * model's `concepts` list holds these after the concept ids.
 */
export function doneFeature(id: string): string {
  return `done:${id}`;
}

/** Shapes of a text the scorer weighs: a draft of a sentence or two, a long email. */
export const SHAPES = ['short', 'long'] as const;
export type Shape = (typeof SHAPES)[number];

/** The shapes of a text of `words` words. */
export function shapesOf(words: number): ReadonlySet<Shape> {
  const shapes = new Set<Shape>();
  if (words <= 25) shapes.add('short');
  if (words > 120) shapes.add('long');
  return shapes;
}

/** What the scorer reads of one text. */
export interface ScorerInput {
  language: Language;
  /** The shapes of the rep's words (see `shapesOf`). */
  shapes: ReadonlySet<Shape>;
  /** Rule score by principle id (principles without hits absent). */
  rules: ReadonlyMap<string, number>;
  /** Ids of the concepts with a hit, and `doneFeature(id)` of each principle whose done signals hit. */
  concepts: ReadonlySet<string>;
  /**
   * Distinct word stems of the rep's words the scorer reads for a principle (today the whole
   * draft for every principle; texts over `SCORER_MAX_WORDS` words are left to the rules).
   */
  stemsFor(id: string): ReadonlySet<string>;
}

/**
 * Probability in [0, 1] that principle `id` fits the text, by its rescoring model or (`open`) its
 * open model; undefined when the scorer has no such model.
 */
export function probability(
  model: ScorerModel,
  id: string,
  input: ScorerInput,
  open = false,
): number | undefined {
  const principle = Object.hasOwn(model.models, id) ? model.models[id] : undefined;
  const weights = open ? principle?.open : principle;
  if (weights === undefined) return undefined;
  let z = weights.bias;
  model.seeds.forEach((seed, i) => (z += (input.rules.get(seed) ?? 0) * (weights.rules[i] ?? 0)));
  model.concepts.forEach((concept, i) => {
    if (input.concepts.has(concept)) z += weights.concepts[i] ?? 0;
  });
  SHAPES.forEach((shape, i) => {
    if (input.shapes.has(shape)) z += weights.shapes?.[i] ?? 0;
  });
  const stems = stemTable(weights, input.language);
  for (const stem of input.stemsFor(id)) z += stems.get(stem) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

const stemTables = new WeakMap<PrincipleModel, Partial<Record<Language, Map<string, number>>>>();

/** A model's stem weights of one language as a Map, built once per model. */
export function stemTable(weights: PrincipleModel, language: Language): Map<string, number> {
  let tables = stemTables.get(weights);
  if (tables === undefined) stemTables.set(weights, (tables = {}));
  return (tables[language] ??= new Map(Object.entries(weights.stems[language] ?? {})));
}
