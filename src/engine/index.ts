/**
 * Maxim's analysis engine: pure TypeScript without DOM or extension APIs, shared by the service
 * worker (the inline analysis), the options page (try your text), the CLI and the tests.
 */
import type { Pack, Principle } from '../data/types';
import { mergePrinciples } from '../data/merge';

export { analyze, createAnalyzer, type Analyzer, type AnalyzerOptions } from './analyze';
export { detectLanguage } from './language';
export { DEFAULT_SENSITIVITY, thresholdFor } from './score';
export { stemEnglish, stemGerman } from './stem';
export { tokenise, splitParagraphs, type Token, type Paragraph } from './tokenise';
export type {
  Analysis,
  AnalyzeOptions,
  EngineSettings,
  Evidence,
  Suggestion,
  TextRange,
} from './types';
export type { Context, Language, Pack, Principle } from './types';

/** All principles of `packs`, later packs overriding earlier principles with the same id. */
export function listPrinciples(packs: readonly Pack[]): Principle[] {
  return mergePrinciples(packs);
}
