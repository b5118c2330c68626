/** The state one field session shares between its analysis, its marks and its card. */
import type { InlineSuggestion as Suggestion } from '../../src/messaging/protocol';
import type { Dismissal } from '../../src/settings';
import { isDismissed } from '../../src/settings';
import type { ItemStatus } from '../ui/card/model';
import type { FieldAnalysis } from './analysis';
import { dismissalFingerprint } from './fingerprint';

/** Mutable state of one field session. */
export interface SessionState {
  result: FieldAnalysis | null;
  /** Principles dismissed or muted in this session (hidden at once, before storage confirms). */
  hidden: Set<string>;
  activeId: string | null;
  statuses: Record<string, ItemStatus>;
}

/** A fresh state. */
export function createSessionState(): SessionState {
  return { result: null, hidden: new Set(), activeId: null, statuses: {} };
}

/** The suggestions the rep sees: not hidden in this session, not dismissed for this text. */
export function visibleSuggestions(
  state: SessionState,
  dismissals: readonly Dismissal[],
): Suggestion[] {
  const result = state.result;
  if (!result) return [];
  return result.suggestions.filter((s) => {
    if (state.hidden.has(s.id)) return false;
    if (dismissals.length === 0) return true;
    return !isDismissed(dismissals, dismissalFingerprint(result.text, s), s.id);
  });
}

/** Keeps the active principle among the visible ones (the best one by default). */
export function settleActive(state: SessionState, visible: readonly Suggestion[]): void {
  if (!visible.some((s) => s.id === state.activeId)) state.activeId = visible[0]?.id ?? null;
}
