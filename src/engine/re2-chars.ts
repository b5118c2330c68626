/** RE2's character classes as the literal scan and phrase chains need them (ASCII `\w` and `\b`). */

/** What a rest-of-word matches: non-space characters (`\S*`) or ASCII word characters (`\w*`). */
export type RestKind = 'nonspace' | 'word';

// Lower case of each UTF-16 code unit beyond ASCII, filled on first use (0: not yet known).
const LOWER = new Uint16Array(0x10000);

/** Lower-cases one UTF-16 code unit, keeping length (so offsets stay valid). */
export function lowerCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  if (code > 0xffff) return code;
  let lower = LOWER[code] as number;
  if (lower === 0) {
    const folded = String.fromCharCode(code).toLowerCase();
    lower = folded.length === 1 ? folded.charCodeAt(0) : code;
    LOWER[code] = lower;
  }
  return lower;
}

/** RE2's `\w`: ASCII letters, digits and underscore. */
export function isAsciiWord(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95
  );
}

/** RE2's `\s`: space, tab, line feed, vertical tab, form feed, carriage return. */
export function isRe2Space(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/** RE2's `\b` at `offset` of `text`: exactly one side is an ASCII word character. */
export function isWordBoundary(text: string, offset: number): boolean {
  const before = offset > 0 && isAsciiWord(text.charCodeAt(offset - 1));
  const after = offset < text.length && isAsciiWord(text.charCodeAt(offset));
  return before !== after;
}

/** True when `code` continues a rest-of-word run of `kind`. */
export function inRest(kind: RestKind, code: number): boolean {
  return kind === 'nonspace' ? !isRe2Space(code) : isAsciiWord(code);
}
