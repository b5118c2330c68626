/**
 * The inline analysis service of the service worker: the engine compiled once for the rep's
 * packs and settings (again only when they change), with its per-paragraph cache shared by every
 * tab. Content scripts send text and receive suggestions without signals or examples.
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
import type { EngineSettings } from '../engine/types';
import type { BackgroundProtocol, InlineAnalysis, InlineSuggestion, RequestOf } from '../messaging/protocol';

interface Prepared {
  analyzer: Analyzer;
  settings: EngineSettings;
}

/** The slim form of a suggestion that crosses to the content script. */
function toInline({ id, score, evidence, principle }: Suggestion): InlineSuggestion {
  const { category, contexts, source, text } = principle;
  return { id, score, evidence, principle: { id: principle.id, category, contexts, source, text } };
}

/** Analyses texts for content scripts; recompiles after settings or pack changes. */
export function createAnalysisService(store: Pick<SettingsStore, 'loadState' | 'watchSettings' | 'packs'>, signal: AbortSignal) {
  let prepared: Promise<Prepared> | null = null;
  const invalidate = () => {
    prepared = null;
  };
  store.watchSettings(invalidate, signal);
  store.packs.onChanged(invalidate, signal);

  async function prepare(): Promise<Prepared> {
    const [state, { packs: userPacks }] = await Promise.all([store.loadState(), store.packs.load()]);
    const packs = withContextOverrides(activePacks([corePack], userPacks, state.policy), state.effective.principleContexts);
    return { analyzer: createAnalyzer(packs), settings: toEngineSettings(state.effective, principlesOf(packs)) };
  }

  return {
    /** Analyses one text with the current packs and settings. */
    async analyze({ text, language, context }: RequestOf<BackgroundProtocol, 'analyze'>): Promise<InlineAnalysis> {
      prepared ??= prepare();
      const current = prepared;
      let ready: Prepared;
      try {
        ready = await current;
      } catch (error) {
        if (prepared === current) prepared = null; // try again on the next request
        throw error;
      }
      const result = ready.analyzer.analyze(text, { language, context, settings: ready.settings });
      return { language: result.language, suggestions: result.suggestions.map(toInline) };
    },
  };
}
