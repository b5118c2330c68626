/**
 * Checks that an insert did what it should, on the text read before and after: nothing but the
 * inserted text changed, and it sits where it was meant to.
 */
import type { TextSpan } from './types';

/** True when `now` is `old` with the span replaced by `text` and nothing else changed. */
export function insertedAt(old: string, now: string, text: string, span: TextSpan): boolean {
  return (
    now.length === old.length - (span.end - span.start) + text.length &&
    now.startsWith(text, span.start) &&
    now.startsWith(old.slice(0, span.start)) &&
    now.endsWith(old.slice(span.end))
  );
}

/** Where `inserted` went when `now` is `old` with it inserted at one offset and nothing else changed; else -1. */
function insertionPoint(old: string, now: string, inserted: string): number {
  if (now.length !== old.length + inserted.length) return -1;
  let prefix = 0;
  while (prefix < old.length && old.charCodeAt(prefix) === now.charCodeAt(prefix)) prefix += 1;
  let suffix = 0;
  while (
    suffix < old.length &&
    old.charCodeAt(old.length - 1 - suffix) === now.charCodeAt(now.length - 1 - suffix)
  )
    suffix += 1;
  for (let at = Math.max(0, old.length - suffix); at <= prefix; at += 1) {
    if (now.startsWith(inserted, at)) return at;
  }
  return -1;
}

/**
 * Where a caret insert's text went when it is not at the planned offset; -1 when it is not whole.
 * A caret between blocks is placed by the browser: Chrome moves it to the end of the line before,
 * Firefox inserts on a line of its own after the block (as typing there would).
 */
export function caretInsertPoint(old: string, now: string, text: string): number {
  const plain = insertionPoint(old, now, text);
  if (plain >= 0) return plain;
  const onNewLine = insertionPoint(old, now, `\n${text}`);
  if (onNewLine >= 0) return onNewLine + 1;
  return insertionPoint(old, now, `${text}\n`);
}
