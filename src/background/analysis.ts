/**
 * The inline analysis service of the service worker. The engine and the packs live here, so a web
 * page never loads them (the page budget) and never runs them on its main thread. The engine is
 * compiled once for the rep's packs and again only when the packs change; its per-paragraph cache
 * is shared by every tab. The rep's sensitivity and muted principles come with each request, from
 * the settings the content script already watches, so a change applies to the very next analysis.
 */
import { createAnalyzer, type Analyzer, type Suggestion } from '../engine';
import { corePack } from '../data/principles';
import {
  activePacks,
  principlesOf,
  toEngineSettings,
  withContextOverrides,
  type SettingsStore,
} from '../settings';
import type { Principle } from '../engine/types';
import type { BackgroundProtocol, InlineAnalysis, InlineSuggestion, RequestOf } from '../messaging/protocol';

interface Prepared {
  analyzer: Analyzer;
  principles: Principle[];
  key: string;
}

/** The slim form of a suggestion that crosses to the content script: no signals, no examples. */
function toInline({ id, score, evidence, principle }: Suggestion): InlineSuggestion {
  const { category, contexts, source, text } = principle;
  return { id, score, evidence, principle: { id: principle.id, category, contexts, source, text } };
}

type Store = Pick<SettingsStore, 'loadState' | 'watchSettings' | 'packs'>;

/** Analyses texts for content scripts. */
export function createAnalysisService(store: Store, signal: AbortSignal) {
  let prepared: Promise<Prepared> | null = null;
  let last: Prepared | null = null;
  const invalidate = () => {
    prepared = null;
  };
  store.watchSettings(invalidate, signal);
  store.packs.onChanged(invalidate, signal);

  /** The packs in force; the compiled analyzer is kept when they are the same as last time. */
  async function prepare(): Promise<Prepared> {
    const [state, { packs: userPacks }] = await Promise.all([store.loadState(), store.packs.load()]);
    const packs = withContextOverrides(activePacks([corePack], userPacks, state.policy), state.effective.principleContexts);
    // Settings reloads make new objects even when nothing changed; compiling is the one expensive step.
    const key = JSON.stringify([userPacks, state.policy.packs, state.policy.disableUserPacks, state.effective.principleContexts]);
    if (last && last.key === key) return last;
    last = { analyzer: createAnalyzer(packs), principles: principlesOf(packs), key };
    return last;
  }

  return {
    /** Analyses one text with the current packs and the request's settings. */
    async analyze({ text, language, context, settings, structure }: RequestOf<BackgroundProtocol, 'analyze'>): Promise<InlineAnalysis> {
      const current = (prepared ??= prepare());
      let ready: Prepared;
      try {
        ready = await current;
      } catch (error) {
        if (prepared === current) prepared = null; // try again on the next request
        throw error;
      }
      const engineSettings = toEngineSettings(settings, ready.principles);
      const result = ready.analyzer.analyze(text, { language, context, settings: engineSettings, ...(structure ? { structure } : {}) });
      return {
        language: result.language,
        suggestions: result.suggestions.map(toInline),
        replyTo: result.replyTo.map((s) => ({ ...toInline(s), reply: true as const })),
      };
    },
  };
}
