/**
 * What the card's buttons do. Insert goes through the editor adapter at the caret and is verified;
 * when the editor does not take it, the phrasing is copied instead. Phrasings are always inserted at
 * the caret, never in place of the evidence: they are model sentences, not rewrites of the quoted
 * words, so replacing would delete the rep's own facts.
 */
import type { StatKind } from '../../src/settings';
import type { EditorAdapter } from '../editors/types';
import { copyText } from './clipboard';

/** The settings operations the actions need (the settings store provides them). */
export interface ActionStore {
  recordStat(principleId: string, kind: StatKind): Promise<void>;
}

/** What an insert ended in. */
export type InsertOutcome = 'inserted' | 'copied' | 'failed';

/** The phrasing as it goes in: a space first when the caret follows a word. */
export function phrasingToInsert(phrasing: string, before: string): string {
  return before !== '' && !/\s/.test(before) ? ` ${phrasing}` : phrasing;
}

/** Inserts a phrasing at the caret (after `restoreCaret`), copying it when the editor refuses. */
export async function insertPhrasing(
  adapter: EditorAdapter,
  phrasing: string,
  restoreCaret: () => void,
  root: ShadowRoot,
): Promise<InsertOutcome> {
  restoreCaret();
  const text = phrasingToInsert(phrasing, adapter.charBeforeCaret());
  let ok = false;
  try {
    ok = (await adapter.insert(text, { kind: 'caret' })).ok;
  } catch {
    ok = false;
  }
  if (ok) return 'inserted';
  const copied = await copyText(phrasing, root);
  restoreCaret();
  return copied ? 'copied' : 'failed';
}

/** Records a statistic without ever failing the caller. */
export function record(store: ActionStore, principleId: string, kind: StatKind): void {
  store.recordStat(principleId, kind).catch(() => undefined);
}
