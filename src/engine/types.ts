/** Public types of the engine: what `analyze` takes and returns. */
import type { Context, Language, Pack, Principle } from '../data/types';
import type { ScorerModel } from './scorer';

export type { Context, Language, Pack, Principle };

/** Rep and team settings that shape one analysis. */
export interface EngineSettings {
  /** 0 (only the strongest matches) .. 1 (everything remotely relevant); default 0.5. */
  sensitivity?: number;
  /** Per-principle sensitivity overriding the global one, by principle id. */
  principleSensitivity?: Record<string, number>;
  /** Principle ids that never fire. */
  disabled?: readonly string[];
  /**
   * Leave out suggestions scoring below this share of the best one (default
   * `RELATIVE_CUTOFF`, 0.6); 0 lists everything above its threshold, as "Try your text" does.
   */
  relativeCutoff?: number;
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
  /**
   * What the editor knows of the email's structure (a Gmail quote block, a signature element),
   * as UTF-16 ranges of the text: `quoted` is the message being answered, `ignored` is never
   * analysed. Added to what the engine finds in the text itself.
   */
  structure?: { quoted?: readonly TextRange[]; ignored?: readonly TextRange[] };
  /** The learned scorer to rescore seed principles with; default the bundled one, `false` for rules only. */
  scorer?: ScorerModel | false;
}

/** A range of the analysed text, UTF-16 offsets. */
export interface TextRange {
  start: number;
  end: number;
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
  /**
   * The draft already does what the principle asks: the rep's words that show it (from the
   * principle's `done` signals). Absent when it does not.
   */
  done?: Evidence[];
}

/**
 * The result of `analyze`: the detected (or given) language of the rep's own words and the
 * principles they call for, best first; and, for a reply, the principles the quoted message
 * the rep is answering calls for (evidence in the quoted text; none already in `suggestions`).
 */
export interface Analysis {
  language: Language;
  suggestions: Suggestion[];
  replyTo: Suggestion[];
}
