/**
 * Turns hits into ranked suggestions.
 *
 * Score: each signal adds its weight, a repeat of the same signal half of its previous share
 * (so one word repeated ten times stays below two distinct signals), and the sum saturates:
 * `score = 1 - exp(-0.6 * sum)` (one weight-1 signal 0.45, two 0.70, three 0.83). A principle
 * whose contexts do not include the text's context scores x0.6 (`any` on either side fits all).
 *
 * Threshold from sensitivity s in [0, 1]: `threshold = 0.55 - 0.4 * s`. At the default 0.5 the
 * threshold is 0.35: one weight-1 signal fires, one weight-0.5 signal alone does not. At 1 a
 * single weight-0.5 signal fires (0.15); at 0 it takes two weight-1 signals (0.55).
 */
import type { Context, Principle } from '../data/types';
import type { EngineSettings, Evidence, Suggestion } from './types';
import type { Hit } from './paragraph';

/** How fast evidence saturates towards a score of 1. */
export const SATURATION = 0.6;
/** Factor for principles that do not list the text's context. */
export const CONTEXT_MISMATCH_FACTOR = 0.6;
/**
 * A suggestion scoring below this share of the best one on the same text is left out: a weak
 * side match next to a clear one is noise to the rep.
 */
export const RELATIVE_CUTOFF = 0.6;
/** Sensitivity when none is set. */
export const DEFAULT_SENSITIVITY = 0.5;

/** Score a principle must reach to be suggested at sensitivity `s`. */
export function thresholdFor(sensitivity: number): number {
  const s = Number.isFinite(sensitivity)
    ? Math.min(1, Math.max(0, sensitivity))
    : DEFAULT_SENSITIVITY;
  return 0.55 - 0.4 * s;
}

/** Score in [0, 1] for a weighted evidence sum. */
export function saturate(sum: number): number {
  return 1 - Math.exp(-SATURATION * sum);
}

/** 1 when the principle fits the context, `CONTEXT_MISMATCH_FACTOR` otherwise. */
export function contextFactor(principle: Principle, context: Context): number {
  if (
    context === 'any' ||
    principle.contexts.includes('any') ||
    principle.contexts.includes(context)
  )
    return 1;
  return CONTEXT_MISMATCH_FACTOR;
}

/** A hit placed in the whole text (offsets already absolute). */
export type PlacedHit = Hit;

/** Ranks principles by their hits; only those above their threshold and not disabled. */
export function rankSuggestions(
  text: string,
  hits: readonly PlacedHit[],
  principles: readonly Principle[],
  context: Context,
  settings: EngineSettings = {},
  /** Replaces a principle's rule score (the learned scorer); `undefined` keeps it. */
  rescore?: (principle: number, score: number) => number | undefined,
): Suggestion[] {
  const byPrinciple = new Map<number, PlacedHit[]>();
  const blocked = new Set<number>();
  for (const hit of hits) if (hit.blocks) blocked.add(hit.principle);
  for (const hit of hits) {
    if (blocked.has(hit.principle)) continue;
    const list = byPrinciple.get(hit.principle);
    if (list === undefined) byPrinciple.set(hit.principle, [hit]);
    else list.push(hit);
  }
  const disabled = new Set(settings.disabled ?? []);
  const suggestions: Suggestion[] = [];
  for (const [index, principleHits] of byPrinciple) {
    const principle = principles[index];
    if (principle === undefined || disabled.has(principle.id)) continue;
    const ruleScore = saturate(evidenceSum(principleHits)) * contextFactor(principle, context);
    const score = rescore?.(index, ruleScore) ?? ruleScore;
    if (score < thresholdFor(sensitivityOf(settings, principle.id))) continue;
    suggestions.push({
      id: principle.id,
      score,
      evidence: mergeEvidence(text, principleHits),
      principle,
    });
  }
  return orderAndCut(suggestions, settings);
}

/** Best first; those below `relativeCutoff` of the best left out. */
export function orderAndCut(
  suggestions: Suggestion[],
  settings: EngineSettings = {},
): Suggestion[] {
  suggestions.sort(
    (a, b) => b.score - a.score || b.evidence.length - a.evidence.length || (a.id < b.id ? -1 : 1),
  );
  const best = suggestions[0]?.score ?? 0;
  const cutoff = settings.relativeCutoff ?? RELATIVE_CUTOFF;
  return suggestions.filter((s) => s.score >= best * cutoff);
}

/** The sensitivity that applies to principle `id`. */
export function sensitivityOf(settings: EngineSettings, id: string): number {
  return settings.principleSensitivity?.[id] ?? settings.sensitivity ?? DEFAULT_SENSITIVITY;
}

/** Rule score of every principle with hits (whole-text suppressors applied), by principle index. */
export function principleScores(
  hits: readonly PlacedHit[],
  principles: readonly Principle[],
  context: Context,
): Map<number, number> {
  const blocked = new Set<number>();
  for (const hit of hits) if (hit.blocks) blocked.add(hit.principle);
  const byPrinciple = new Map<number, PlacedHit[]>();
  for (const hit of hits) {
    if (blocked.has(hit.principle) || hit.blocks) continue;
    const list = byPrinciple.get(hit.principle);
    if (list === undefined) byPrinciple.set(hit.principle, [hit]);
    else list.push(hit);
  }
  const scores = new Map<number, number>();
  for (const [index, list] of byPrinciple) {
    const principle = principles[index];
    if (principle !== undefined)
      scores.set(index, saturate(evidenceSum(list)) * contextFactor(principle, context));
  }
  return scores;
}

function evidenceSum(hits: readonly PlacedHit[]): number {
  const seen = new Map<number, number>();
  let sum = 0;
  for (const hit of hits) {
    const repeats = seen.get(hit.signal) ?? 0;
    seen.set(hit.signal, repeats + 1);
    sum += hit.weight * 0.5 ** repeats;
  }
  return sum;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** A span grown to whole words: a pattern that matched part of a word ("Liefer") quotes all of it. */
function wholeWords(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  if (to > from && WORD_CHAR.test(text.charAt(from)))
    while (from > 0 && WORD_CHAR.test(text.charAt(from - 1))) from--;
  if (to > from && WORD_CHAR.test(text.charAt(to - 1)))
    while (to < text.length && WORD_CHAR.test(text.charAt(to))) to++;
  return { start: from, end: to };
}

/**
 * Spans grown to whole words, sorted by position, overlapping and duplicate spans merged; text
 * sliced from the input.
 */
export function mergeEvidence(
  text: string,
  hits: readonly { start: number; end: number }[],
): Evidence[] {
  const sorted = hits
    .map((hit) => wholeWords(text, hit.start, hit.end))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Evidence[] = [];
  for (const { start, end } of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start < last.end) {
      if (end > last.end) {
        last.end = end;
        last.text = text.slice(last.start, end);
      }
      continue;
    }
    merged.push({ start, end, text: text.slice(start, end) });
  }
  return merged;
}
