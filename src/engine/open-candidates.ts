/**
 * Seed principles found by the learned scorer's open models where no signal fired (see
 * scorer.ts). A principle with any hit, a suppressor included, is left to the rules and the
 * rescoring model; a disabled one never comes up. Evidence is the sentence of the rep's words
 * whose stems weigh most for the principle: its words with at least half the top weight.
 */
import type { Language, Principle } from '../data/types';
import type { Hit, PreparedParagraph } from './paragraph';
import { DEFAULT_SENSITIVITY, mergeEvidence, sensitivityOf, thresholdFor } from './score';
import { probability, type ScorerInput, type ScorerModel, stemTable } from './scorer';
import type { EngineSettings, Suggestion } from './types';

/** A prepared paragraph and where it starts in the text. */
export interface PlacedParagraph {
  start: number;
  prepared: PreparedParagraph;
}

export interface OpenCandidatesInput {
  text: string;
  model: ScorerModel;
  input: ScorerInput;
  language: Language;
  paragraphs: readonly PlacedParagraph[];
  /** The stem of a lower-cased word in the text's language. */
  stemOf(lower: string): string;
  principles: readonly Principle[];
  /** The hits of the rep's own words. */
  hits: readonly Hit[];
  settings: EngineSettings;
}

/** Suggestions of seed principles without a hit whose open model clears its threshold. */
export function openCandidates(args: OpenCandidatesInput): Suggestion[] {
  const { model, settings } = args;
  if (model.openThreshold === undefined) return [];
  const withHits = new Set<number>();
  for (const hit of args.hits) withHits.add(hit.principle);
  const disabled = new Set(settings.disabled ?? []);
  const found: Suggestion[] = [];
  args.principles.forEach((principle, index) => {
    const weights = Object.hasOwn(model.models, principle.id)
      ? model.models[principle.id]?.open
      : undefined;
    if (weights === undefined || withHits.has(index) || disabled.has(principle.id)) return;
    const bar =
      (model.openThreshold as number) +
      thresholdFor(sensitivityOf(settings, principle.id)) -
      thresholdFor(DEFAULT_SENSITIVITY);
    const score = probability(model, principle.id, args.input, true);
    if (score === undefined || score < bar) return;
    const evidence = strongestSentence(args, stemTable(weights, args.language));
    if (evidence.length > 0)
      found.push({
        id: principle.id,
        score,
        evidence: mergeEvidence(args.text, evidence),
        principle,
      });
  });
  return found;
}

/** The words of the sentence whose stems weigh most, those with at least half the top weight. */
function strongestSentence(
  args: OpenCandidatesInput,
  weights: ReadonlyMap<string, number>,
): { start: number; end: number }[] {
  let best: { sum: number; words: { start: number; end: number; weight: number }[] } = {
    sum: 0,
    words: [],
  };
  for (const { start, prepared } of args.paragraphs) {
    let sentence = -1;
    let current: typeof best = { sum: 0, words: [] };
    const close = () => {
      if (current.sum > best.sum) best = current;
    };
    for (const token of prepared.tokens) {
      if (token.sentence !== sentence) {
        close();
        sentence = token.sentence;
        current = { sum: 0, words: [] };
      }
      const weight = weights.get(args.stemOf(token.lower)) ?? 0;
      if (weight <= 0) continue;
      current.sum += weight;
      current.words.push({ start: start + token.start, end: start + token.end, weight });
    }
    close();
  }
  const top = Math.max(0, ...best.words.map((w) => w.weight));
  return best.words.filter((w) => w.weight >= top / 2);
}
