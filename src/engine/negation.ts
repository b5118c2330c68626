/**
 * Built-in negation: a negator shortly before a trigger, in the same clause, cancels it
 * ("there is no delay", "es gibt keine Verzögerung"). German also negates at the end of a
 * clause ("die Lieferung verzögert sich nicht"), so a clause-final "nicht"/"nie" right after
 * a lower-case trigger (a verb or adjective, not a noun) cancels it too.
 */
import type { Language } from '../data/types';
import type { Token } from './tokenise';

/** How many words before a trigger a negator may stand. */
export const NEGATION_WINDOW = 3;
/** How many words after a German trigger a clause-final negator may stand. */
export const GERMAN_TRAILING_WINDOW = 3;

const ENGLISH_NEGATORS = new Set([
  'no',
  'not',
  'never',
  'without',
  'none',
  'nothing',
  'neither',
  'nor',
  'hardly',
  'cannot',
  'nobody',
  'nowhere',
]);
const GERMAN_NEGATORS = new Set([
  'nicht',
  'nie',
  'niemals',
  'ohne',
  'weder',
  'nichts',
  'niemand',
  'keineswegs',
]);
const GERMAN_TRAILING = new Set(['nicht', 'nie', 'niemals', 'keineswegs']);

/** True when `lower` negates what follows it in `language`. */
export function isNegator(lower: string, language: Language): boolean {
  if (language === 'en') return ENGLISH_NEGATORS.has(lower) || lower.endsWith("n't");
  // "kein", "keine", "keinerlei" ...; "niemand", "niemanden", "niemandem".
  return GERMAN_NEGATORS.has(lower) || lower.startsWith('kein') || lower.startsWith('niemand');
}

/** True when the trigger spanning tokens `first..last` is negated by a nearby negator. */
export function isNegated(
  tokens: readonly Token[],
  first: number,
  last: number,
  language: Language,
): boolean {
  const clause = tokens[first]?.clause;
  for (let j = first - 1; j >= 0 && j >= first - NEGATION_WINDOW; j--) {
    const token = tokens[j] as Token;
    if (token.clause !== clause) break;
    if (isNegator(token.lower, language)) return true;
  }
  // A capitalised German trigger is usually a noun: "Die Verzögerung stört mich nicht" keeps the delay.
  return language === 'de' && !tokens[first]?.capitalised && hasClauseFinalNegator(tokens, last);
}

function hasClauseFinalNegator(tokens: readonly Token[], last: number): boolean {
  const clause = tokens[last]?.clause;
  for (let j = last + 1; j < tokens.length && j <= last + GERMAN_TRAILING_WINDOW; j++) {
    const token = tokens[j] as Token;
    if (token.clause !== clause) return false;
    const next = tokens[j + 1];
    if (next !== undefined && next.clause === clause) continue;
    // Clause-final "nicht", or "nicht mehr" ("verzögert sich nicht mehr").
    return (
      GERMAN_TRAILING.has(token.lower) ||
      (token.lower === 'mehr' && tokens[j - 1]?.lower === 'nicht')
    );
  }
  return false;
}
