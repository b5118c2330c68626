/**
 * Parses pack JSON text. On a syntax error a small scanner finds where it is, so the message
 * names line and column whatever the JavaScript engine's own error text says (at any depth of
 * nesting: the scanner keeps its own stack).
 */

/** Outcome of parsing JSON text. */
export type JsonParse = { ok: true; value: unknown } | { ok: false; message: string };

/** Parses JSON text; on a syntax error says where (line, column) and what is wrong. */
export function parsePackJson(text: string): JsonParse {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim().length === 0)
    return { ok: false, message: 'the file is empty; expected a JSON pack object' };
  try {
    return { ok: true, value: JSON.parse(source) as unknown };
  } catch {
    const { offset, expected } = findSyntaxError(source);
    const { line, column } = lineAndColumn(source, offset);
    const found = offset >= source.length ? 'end of file' : JSON.stringify(source[offset]);
    return {
      ok: false,
      message: `invalid JSON at line ${line}, column ${column}: expected ${expected}, found ${found}`,
    };
  }
}

/** 1-based line and column of a UTF-16 offset. */
export function lineAndColumn(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < source.length; i++) {
    if (source.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

class JsonSyntax extends Error {
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {
    super(expected);
  }
}

/** Offset of the first syntax error and what was expected there (text known to be invalid). */
function findSyntaxError(source: string): { offset: number; expected: string } {
  let i = 0;
  const fail = (expected: string): never => {
    throw new JsonSyntax(i, expected);
  };
  const space = () => {
    while (i < source.length && ' \t\n\r'.includes(source[i] as string)) i++;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (source[i] !== ch) fail(`"${word}"`);
      i++;
    }
  };
  const string = () => {
    i++; // opening quote
    while (i < source.length && source[i] !== '"') {
      const code = source.charCodeAt(i);
      if (code < 0x20) fail('a closing quote before the line break (or \\n inside the string)');
      if (source[i] === '\\') {
        i++;
        if (source[i] === 'u') {
          i++;
          for (let k = 0; k < 4; k++, i++)
            if (!/[0-9a-fA-F]/.test(source[i] ?? '')) fail('four hex digits after \\u');
          continue;
        }
        if (!'"\\/bfnrt'.includes(source[i] ?? 'x') || i >= source.length)
          fail('a valid escape (\\" \\\\ \\n \\t \\uXXXX)');
      }
      i++;
    }
    if (i >= source.length) fail('a closing quote');
    i++;
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(source.slice(i));
    if (match === null || match[0] === '' || match[0] === '-') fail('a number');
    i += (match as RegExpExecArray)[0].length;
  };
  /** One value; containers are walked with an explicit stack, so any depth of nesting is fine. */
  const value = (): void => {
    const open: ('{' | '[')[] = [];
    /** After a value: closes what ends here; true when another value must follow. */
    const afterValue = (): boolean => {
      for (;;) {
        const inside = open[open.length - 1];
        if (inside === undefined) return false;
        space();
        const close = inside === '{' ? '}' : ']';
        if (source[i] === close) {
          i++;
          open.pop();
          continue;
        }
        if (source[i] !== ',')
          fail(
            inside === '{'
              ? "',' or '}' after a property value"
              : "',' or ']' after an array element",
          );
        i++;
        space();
        if (source[i] === close)
          fail(
            inside === '{'
              ? 'another property after the comma (trailing commas are not allowed)'
              : 'another element after the comma (trailing commas are not allowed)',
          );
        if (inside === '{') property();
        return true;
      }
    };
    const property = () => {
      space();
      if (source[i] !== '"') fail('a property name in double quotes');
      string();
      space();
      if (source[i] !== ':') fail("':' after the property name");
      i++;
    };
    for (;;) {
      space();
      const ch = source[i];
      if (ch === '{' || ch === '[') {
        i++;
        space();
        if (source[i] === (ch === '{' ? '}' : ']')) i++;
        else {
          open.push(ch);
          if (ch === '{') property();
          continue;
        }
      } else if (ch === '"') string();
      else if (ch === 't') literal('true');
      else if (ch === 'f') literal('false');
      else if (ch === 'n') literal('null');
      else if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) number();
      else fail('a value (object, array, string, number, true, false or null)');
      if (!afterValue()) return;
    }
  };
  try {
    value();
    space();
    if (i < source.length) fail('the end of the file after the JSON value');
  } catch (error) {
    if (error instanceof JsonSyntax) return { offset: error.offset, expected: error.expected };
    throw error;
  }
  return { offset: 0, expected: 'valid JSON' };
}
