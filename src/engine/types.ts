/** Public types of the engine: what `analyze` takes and returns. */
import type { Context, Language, Pack, Principle } from '../data/types';

export type { Context, Language, Pack, Principle };

/** Rep and team settings that shape one analysis. */
export interface EngineSettings {
  /** 0 (only the strongest matches) .. 1 (everything remotely relevant); default 0.5. */
  sensitivity?: number;
  /** Per-principle sensitivity overriding the global one, by principle id. */
  principleSensitivity?: Record<string, number>;
  /** Principle ids that never fire. */
  disabled?: readonly string[];
}

/** Options of `analyze`. */
export interface AnalyzeOptions {
  /** The packs to match; later packs override principles with the same id. */
  packs: readonly Pack[];
  /** `auto` (default) detects the language of the text. */
  language?: 'auto' | Language;
  /** `any` (default), `email` or `crm`; weighs principles by the contexts they fit. */
  context?: Context;
  settings?: EngineSettings;
}

/** A span of the input that made a principle fire; UTF-16 offsets into the input string. */
export interface Evidence {
  start: number;
  end: number;
  text: string;
}

/** One relevant principle with its score in [0, 1] and its evidence. */
export interface Suggestion {
  id: string;
  score: number;
  evidence: Evidence[];
  principle: Principle;
}

/** The result of `analyze`: the detected (or given) language and suggestions, best first. */
export interface Analysis {
  language: Language;
  suggestions: Suggestion[];
}
