/** Relevance figures for `eval`: recall@3, precision@3 and the neutral false-positive rate. */
import { SEED_PRINCIPLE_IDS } from '../data/seed-ids';

/** The nine seed principles: precision and neutral false positives are counted on these. */
export const SEED_IDS = SEED_PRINCIPLE_IDS;

/** Targets a run must meet (per language). */
export const TARGETS = { recall: 0.9, precision: 0.9, neutralFalsePositives: 0.05 };

/** One labelled case: what is expected and what a matcher returned (best first). */
export interface Outcome {
  expect: readonly string[];
  returned: readonly string[];
}

/** Figures for a set of outcomes; NaN when there is nothing to measure. */
export interface Figures {
  cases: number;
  recall: number;
  precision: number;
  neutralFalsePositives: number;
  /** Counts behind the ratios, for the report. */
  counts: {
    expected: number;
    found: number;
    returnedSeeds: number;
    correctSeeds: number;
    neutral: number;
    neutralHit: number;
  };
}

const SEEDS = new Set(SEED_IDS);

/** recall@3 over expected ids; precision@3 over returned seed ids; neutral FP over `expect: []` cases. */
export function figures(outcomes: readonly Outcome[]): Figures {
  const counts = {
    expected: 0,
    found: 0,
    returnedSeeds: 0,
    correctSeeds: 0,
    neutral: 0,
    neutralHit: 0,
  };
  for (const { expect, returned } of outcomes) {
    const top3 = returned.slice(0, 3);
    counts.expected += expect.length;
    counts.found += expect.filter((id) => top3.includes(id)).length;
    const seeds = top3.filter((id) => SEEDS.has(id));
    counts.returnedSeeds += seeds.length;
    counts.correctSeeds += seeds.filter((id) => expect.includes(id)).length;
    if (expect.length === 0) {
      counts.neutral++;
      if (returned.some((id) => SEEDS.has(id))) counts.neutralHit++;
    }
  }
  return {
    cases: outcomes.length,
    recall: counts.found / counts.expected,
    precision: counts.returnedSeeds === 0 ? 1 : counts.correctSeeds / counts.returnedSeeds,
    neutralFalsePositives: counts.neutralHit / counts.neutral,
    counts,
  };
}

/** Which targets the figures miss (empty when all are met; NaN figures count as met). */
export function missedTargets(f: Figures): string[] {
  const missed: string[] = [];
  if (f.recall < TARGETS.recall)
    missed.push(`recall@3 ${percent(f.recall)} < ${percent(TARGETS.recall)}`);
  if (f.precision < TARGETS.precision)
    missed.push(`precision@3 ${percent(f.precision)} < ${percent(TARGETS.precision)}`);
  if (f.neutralFalsePositives > TARGETS.neutralFalsePositives)
    missed.push(
      `neutral FP ${percent(f.neutralFalsePositives)} > ${percent(TARGETS.neutralFalsePositives)}`,
    );
  return missed;
}

/** `93.3 %`, or `n/a` for NaN. */
export function percent(value: number): string {
  return Number.isNaN(value) ? 'n/a' : `${(value * 100).toFixed(1)} %`;
}
