/**
 * The learned scorer: a small linear model per seed principle that re-ranks and calibrates what
 * the rules found. It never finds a principle on its own: only a principle with at least one
 * hit in the rep's words is rescored, and the evidence stays the hits' spans.
 *
 * Features of a text (the rep's own words): the rule score of each seed principle, which
 * concepts occur, and which word stems occur. Texts longer than the drafts it was trained on
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
  /** Weights of word stems per language (stems not listed weigh 0). */
  stems: Partial<Record<Language, Record<string, number>>>;
}

/** A trained scorer as stored in src/data/scorer.json. */
export interface ScorerModel {
  version: 1;
  seeds: string[];
  concepts: string[];
  models: Record<string, PrincipleModel>;
}

/** What the scorer reads of one text. */
export interface ScorerInput {
  language: Language;
  /** Rule score by principle id (principles without hits absent). */
  rules: ReadonlyMap<string, number>;
  /** Ids of the concepts with a hit. */
  concepts: ReadonlySet<string>;
  /**
   * Distinct word stems of the rep's words the scorer reads for a principle (today the whole
   * draft for every principle; texts over `SCORER_MAX_WORDS` words are left to the rules).
   */
  stemsFor(id: string): ReadonlySet<string>;
}

/** Probability in [0, 1] that principle `id` fits the text; undefined when the model has no such principle. */
export function probability(
  model: ScorerModel,
  id: string,
  input: ScorerInput,
): number | undefined {
  const weights = model.models[id];
  if (weights === undefined) return undefined;
  let z = weights.bias;
  model.seeds.forEach((seed, i) => (z += (input.rules.get(seed) ?? 0) * (weights.rules[i] ?? 0)));
  model.concepts.forEach((concept, i) => {
    if (input.concepts.has(concept)) z += weights.concepts[i] ?? 0;
  });
  const stems = stemTable(weights, input.language);
  for (const stem of input.stemsFor(id)) z += stems.get(stem) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

const stemTables = new WeakMap<PrincipleModel, Partial<Record<Language, Map<string, number>>>>();

/** A model's stem weights of one language as a Map, built once per model. */
function stemTable(weights: PrincipleModel, language: Language): Map<string, number> {
  let tables = stemTables.get(weights);
  if (tables === undefined) stemTables.set(weights, (tables = {}));
  return (tables[language] ??= new Map(Object.entries(weights.stems[language] ?? {})));
}
