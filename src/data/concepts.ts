/**
 * The situation layer's concepts: situations written once, in English and German, and used by
 * many principles through `{"concept": "<id>"}` signals (see `Signal` in types.ts). Each concept
 * lists words, phrases and patterns per language, and suppressors that cancel it in a sentence
 * ("the guaranteed uptime was met" is not a guarantee made). `whose` and `claim` set defaults
 * for the roles the engine checks. The file is data: a unit test validates every concept as the
 * signals of a principle are validated.
 */
import conceptData from './concepts.json';
import type { Concept } from './types';

/** Every built-in concept by id. */
export const CONCEPTS: Readonly<Record<string, Concept>> = conceptData as Record<string, Concept>;

export { CONCEPT_IDS } from './concept-ids';
