/** The state one field session shares between its analysis, its marks and its card. */
import type { InlineSuggestion as Suggestion } from '../../src/messaging/protocol';
import type { Dismissal } from '../../src/settings';
import { isDismissed } from '../../src/settings';
import type { TextSpan } from '../editors/types';
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
  /** Texts Maxim put into the field: never analysed again, so advice followed is not flagged. */
  inserted: string[];
}

/** A fresh state. */
export function createSessionState(): SessionState {
  return { result: null, hidden: new Set(), activeId: null, statuses: {}, inserted: [] };
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

/** Keeps the active principle among the visible ones (by default the best one still to act on). */
export function settleActive(state: SessionState, visible: readonly Suggestion[]): void {
  if (visible.some((s) => s.id === state.activeId)) return;
  const open = visible.find((s) => !s.done && !s.reply) ?? visible.find((s) => !s.done);
  state.activeId = (open ?? visible[0])?.id ?? null;
}

/** The spans of `text` holding what Maxim put in (every occurrence of each inserted text). */
export function insertedSpans(text: string, inserted: readonly string[]): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const piece of new Set(inserted.map((s) => s.trim()))) {
    if (piece.length < 3) continue;
    for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + piece.length))
      spans.push({ start: at, end: at + piece.length });
  }
  return spans.sort((a, b) => a.start - b.start);
}
