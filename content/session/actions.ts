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
  let where = target;
  let text = phrasing;
  if (target.kind === 'caret') {
    // A caret inside a word (an arrow key moved it there) inserts after that word, not into it.
    const end = wordEndAfterCaret(adapter);
    if (end !== null) where = { kind: 'replace', span: { start: end.at, end: end.at } };
    text = phrasingToInsert(phrasing, end?.before ?? adapter.charBeforeCaret());
  }
  let ok = false;
  try {
    ok = (await adapter.insert(text, where)).ok;
  } catch {
    ok = false;
  }
  // A field the page removed meanwhile took the text where the rep can no longer see it.
  if (!adapter.element.isConnected) ok = false;
  if (ok) return 'inserted';
  const copied = await copyText(phrasing, root);
  restoreCaret();
  return copied ? 'copied' : 'failed';
}

const WORD = /[\p{L}\p{M}\p{N}]/u;

/** Where the word the caret sits inside ends, and the character before that; null when it is not inside one. */
function wordEndAfterCaret(adapter: EditorAdapter): { at: number; before: string } | null {
  const text = adapter.read();
  const caret = adapter.caretOffset();
  if (caret <= 0 || caret >= text.length) return null;
  if (!WORD.test(text.charAt(caret - 1)) || !WORD.test(text.charAt(caret))) return null;
  let at = caret;
  while (at < text.length && WORD.test(text.charAt(at))) at++;
  return { at, before: text.charAt(at - 1) };
}

/** Records a statistic without ever failing the caller. */
export function record(store: ActionStore, principleId: string, kind: StatKind): void {
  store.recordStat(principleId, kind).catch(() => undefined);
}
