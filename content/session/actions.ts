/**
 * What the card's buttons do. Replace puts the filled phrasing in place of the rep's sentence the
 * evidence sits in (the card shows that sentence beside it first); Insert puts it at the caret.
 * Both go through the editor adapter and are verified; when the editor does not take the text, it
 * is copied instead. A phrasing goes in only with its fill-in fields filled by the rep.
 */
import type { StatKind } from '../../src/settings';
import type { EditorAdapter, InsertTarget } from '../editors/types';
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

/**
 * Puts a phrasing in at the caret or in place of a span (after `restoreCaret`), copying it when the
 * editor refuses. A caret insert gets a space before it when it would touch the word before.
 */
export async function applyPhrasing(
  adapter: EditorAdapter,
  phrasing: string,
  target: InsertTarget,
  restoreCaret: () => void,
  root: ShadowRoot,
): Promise<InsertOutcome> {
  restoreCaret();
  const text =
    target.kind === 'caret' ? phrasingToInsert(phrasing, adapter.charBeforeCaret()) : phrasing;
  let ok = false;
  try {
    ok = (await adapter.insert(text, target)).ok;
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
