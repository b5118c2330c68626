/**
 * The inline analysis of the service worker. The engine and the packs live here, so a web page
 * never loads them (the page budget) and never runs them on its main thread. The engine is
 * compiled once for the rep's packs and again only when the packs change; its per-paragraph cache
 * is shared by every tab. The settings that decide what the engine returns (sensitivity, muted and
 * disabled principles, policy locks) are read here with each request, so a change made in the
 * options page or the card applies to the very next analysis; a request carries only the text and
 * what the page knows (its writing context, the editor's structure).
 */
import { createAnalyzer, listPrinciples, type Analyzer, type Suggestion } from '../engine';
import { corePack } from '../data/principles';
import {
  activePacks,
  toEngineSettings,
  withContextOverrides,
  type SettingsState,
  type SettingsStore,
} from '../settings';
import type { Pack } from '../data/types';
import type { Principle } from '../engine/types';
import type {
  BackgroundProtocol,
  InlineAnalysis,
  InlineSuggestion,
  RequestOf,
} from '../messaging/protocol';

interface Prepared {
  analyzer: Analyzer;
  principles: Principle[];
  key: string;
}

/** The slim form of a suggestion that crosses to the content script: no signals, no examples. */
function toInline({ id, score, evidence, principle, done }: Suggestion): InlineSuggestion {
  const { category, contexts, source, text } = principle;
  return {
    id,
    score,
    evidence,
    principle: { id: principle.id, category, contexts, source, text },
    ...(done ? { done } : {}),
  };
}

type Store = Pick<SettingsStore, 'loadState' | 'packs'>;

/** Analyses texts for content scripts. */
export function createWorkerAnalysis(store: Store, signal: AbortSignal) {
  let userPacks: Promise<Pack[]> | null = null;
  let last: Prepared | null = null;
  store.packs.onChanged(() => {
    userPacks = null;
  }, signal);

  /** The rep's packs, loaded again only after they change. */
  async function loadPacks(): Promise<Pack[]> {
    const current = (userPacks ??= store.packs.load().then((loaded) => loaded.packs));
    try {
      return await current;
    } catch (error) {
      if (userPacks === current) userPacks = null; // try again on the next request
      throw error;
    }
  }

  /** The packs in force; the compiled analyzer is kept when they are the same as last time. */
  function prepare(state: SettingsState, packs: Pack[]): Prepared {
    // Settings reloads make new objects even when nothing changed; compiling is the one expensive step.
    const key = JSON.stringify([
      packs,
      state.policy.packs,
      state.policy.disableUserPacks,
      state.effective.principleContexts,
    ]);
    if (last && last.key === key) return last;
    const active = withContextOverrides(
      activePacks([corePack], packs, state.policy),
      state.effective.principleContexts,
    );
    last = { analyzer: createAnalyzer(active), principles: listPrinciples(active), key };
    return last;
  }

  return {
    /** Analyses one text with the current packs and settings. */
    async analyze({
      text,
      context,
      structure,
    }: RequestOf<BackgroundProtocol, 'analyze'>): Promise<InlineAnalysis> {
      const [state, packs] = await Promise.all([store.loadState(), loadPacks()]);
      const ready = prepare(state, packs);
      const engineSettings = toEngineSettings(state.effective, ready.principles);
      const result = ready.analyzer.analyze(text, {
        language: state.effective.analysisLanguage,
        context,
        settings: engineSettings,
        ...(structure ? { structure } : {}),
      });
      return {
        language: result.language,
        suggestions: result.suggestions.map(toInline),
        replyTo: result.replyTo.map((s) => ({ ...toInline(s), reply: true as const })),
      };
    },
  };
}
