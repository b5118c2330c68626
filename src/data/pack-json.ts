/**
 * Parses pack JSON text. On a syntax error a small scanner finds where it is, so the message
 * names line and column whatever the JavaScript engine's own error text says.
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
  const value = (): void => {
    space();
    const ch = source[i];
    if (ch === '{') return object();
    if (ch === '[') return array();
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return number();
    fail('a value (object, array, string, number, true, false or null)');
  };
  const object = () => {
    i++;
    space();
    if (source[i] === '}') return void i++;
    for (;;) {
      space();
      if (source[i] !== '"') fail('a property name in double quotes');
      string();
      space();
      if (source[i] !== ':') fail("':' after the property name");
      i++;
      value();
      space();
      if (source[i] === '}') return void i++;
      if (source[i] !== ',') fail("',' or '}' after a property value");
      i++;
      space();
      if (source[i] === '}')
        fail('another property after the comma (trailing commas are not allowed)');
    }
  };
  const array = () => {
    i++;
    space();
    if (source[i] === ']') return void i++;
    for (;;) {
      value();
      space();
      if (source[i] === ']') return void i++;
      if (source[i] !== ',') fail("',' or ']' after an array element");
      i++;
      space();
      if (source[i] === ']')
        fail('another element after the comma (trailing commas are not allowed)');
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
