/**
 * Literal conditions: what a sentence must contain for a regex to possibly match there
 * ("(?:sorry|apolog\w*).{0,30}delay" needs "sorry" or "apolog", and "delay"). The engine runs a
 * regex only on sentences that satisfy its condition. Literals are lower case.
 */
import { isFunctionWord } from './language';

/** What a sentence must contain for a regex to possibly match there. */
export type Condition =
  | { kind: 'any' }
  | { kind: 'literal'; text: string }
  | { kind: 'and'; items: Condition[] }
  | { kind: 'or'; items: Condition[] };

/** The condition that every text satisfies. */
export const ANY: Condition = { kind: 'any' };

// Literals shorter than this are too common to filter on.
const MIN_LITERAL = 3;

/** All of the conditions (`ANY` items dropped). */
export function and(items: Condition[]): Condition {
  const kept = items.flatMap((c) => (c.kind === 'any' ? [] : c.kind === 'and' ? c.items : [c]));
  return kept.length === 0
    ? ANY
    : kept.length === 1
      ? (kept[0] as Condition)
      : { kind: 'and', items: kept };
}

/** One of the conditions (`ANY` when any of them is). */
export function or(items: Condition[]): Condition {
  if (items.length === 0 || items.some((c) => c.kind === 'any')) return ANY;
  const flat = items.flatMap((c) => (c.kind === 'or' ? c.items : [c]));
  return flat.length === 1 ? (flat[0] as Condition) : { kind: 'or', items: flat };
}

/** One of the strings must occur; `ANY` when one of them is too short or too common to filter on. */
export function anyOfStrings(strings: Iterable<string>): Condition {
  const list = [...strings];
  // Short strings and function words occur in nearly every sentence: filtering on them only costs time.
  if (
    list.length === 0 ||
    list.some((s) => s.trim().length < MIN_LITERAL || isFunctionWord(s.trim()))
  )
    return ANY;
  return or(list.map((text) => ({ kind: 'literal', text })));
}

/** Every literal string a condition refers to. */
export function literalsOf(condition: Condition, out: Set<string> = new Set()): Set<string> {
  if (condition.kind === 'literal') out.add(condition.text);
  else if (condition.kind !== 'any') for (const item of condition.items) literalsOf(item, out);
  return out;
}

/** Evaluates a condition against the literals present (by text). */
export function satisfied(condition: Condition, present: (literal: string) => boolean): boolean {
  switch (condition.kind) {
    case 'any':
      return true;
    case 'literal':
      return present(condition.text);
    case 'and':
      return condition.items.every((c) => satisfied(c, present));
    case 'or':
      return condition.items.some((c) => satisfied(c, present));
  }
}
