/**
 * A reader for RE2 patterns that derives what matters for fast matching: the literal condition
 * any match must satisfy (`prefilterOf`), and in exact mode the phrase sets, whitespace runs,
 * word boundaries and gaps that phrase chains are built from (see `regex-chain.ts`).
 *
 * It is deliberately conservative: any syntax it does not model yields "anything" (no filter,
 * no chain), which only costs speed, never a missed match.
 */
import { lowerCode } from './re2-chars';
import { and, ANY, anyOfStrings, type Condition, or } from './regex-condition';

/** How the reader treats what a prefilter may ignore but an exact literal set may not. */
export interface ReadMode {
  /** Exact mode: `\b` becomes the `BOUNDARY` marker; anchors and case-sensitive groups are unsupported. */
  exact: boolean;
  /** Caps on sets of exact strings, so "[ab][cd][ef]..." does not explode. */
  maxCross: number;
  maxUnion: number;
}

/** Stands for `\b` in exact strings. */
export const BOUNDARY = '\u0001';
/** Stands for a run of whitespace (`\s`, `\s+`, a literal space) in exact strings. */
export const WHITESPACE = '\u0002';
/** Stands for a trailing `\S*` (the rest of a non-space run) in exact strings. */
export const REST_NONSPACE = '\u0003';
/** Stands for a trailing `\w*` (the rest of an ASCII word) in exact strings. */
export const REST_WORD = '\u0004';
const WHITESPACE_CHARS = ' \t\n\r\f\v';

const FILTER_MODE: ReadMode = { exact: false, maxCross: 16, maxUnion: 64 };

/** What the parser knows about a sub-pattern: the exact strings it matches (if few) or a condition. */
export interface Info {
  exact: Set<string> | undefined;
  condition: Condition;
  /** Exact mode: `\S` or `\w`, so that a following `*` can become a rest-of-word marker. */
  rest?: string;
  /** Exact mode: a negated class (or `.`), with the characters it excludes. */
  negated?: string;
  /** Exact mode: `\d`. */
  digit?: boolean;
  /** Exact mode: `\S+` or `\w+`. */
  plus?: 'S' | 'w';
  /** Exact mode: `\S+\s+` or `\w+\s+`, one word and the space after it. */
  wordUnit?: 'S' | 'w';
  /** Exact mode: a gap a phrase chain can step over. */
  gap?: Gap;
}

/** What a phrase chain may skip between its phrases. */
export type Gap =
  /** `min`..`max` characters other than `excluded` (only digits when `digits`). */
  | { kind: 'chars'; min: number; max: number; excluded: string; digits: boolean }
  /** `min`..`max` words, each followed by whitespace. */
  | { kind: 'words'; min: number; max: number; unit: 'S' | 'w' };

/** Syntax the reader does not model. */
export class Unsupported extends Error {}
function lowerString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(lowerCode(s.charCodeAt(i)));
  return out;
}

const exactly = (...strings: string[]): Info => ({ exact: new Set(strings), condition: ANY });
const anything = (): Info => ({ exact: undefined, condition: ANY });

function conditionOf(info: Info): Condition {
  return info.exact === undefined ? info.condition : anyOfStrings(info.exact);
}

function concat(parts: Info[], mode: ReadMode): Info {
  const conditions: Condition[] = [];
  let run: Set<string> = new Set(['']);
  for (const part of parts) {
    if (part.exact !== undefined && run.size * part.exact.size <= mode.maxCross) {
      const next = new Set<string>();
      for (const a of run) for (const b of part.exact) next.add(a + b);
      run = next;
    } else if (part.exact !== undefined) {
      conditions.push(conditionOf({ exact: run, condition: ANY }));
      run = part.exact;
    } else {
      conditions.push(conditionOf({ exact: run, condition: ANY }), part.condition);
      run = new Set(['']);
    }
  }
  if (conditions.length === 0) return { exact: run, condition: ANY };
  conditions.push(conditionOf({ exact: run, condition: ANY }));
  return { exact: undefined, condition: and(conditions) };
}

function alternate(options: Info[], mode: ReadMode): Info {
  if (options.every((o) => o.exact !== undefined)) {
    const union = new Set(options.flatMap((o) => [...(o.exact as Set<string>)]));
    if (union.size <= mode.maxUnion) return { exact: union, condition: ANY };
  }
  return { exact: undefined, condition: or(options.map(conditionOf)) };
}

function repeat(info: Info, min: number, max: number): Info {
  if (min === 0 && max === 1 && info.exact !== undefined)
    return { exact: new Set([...info.exact, '']), condition: ANY };
  if (min === 0) return anything();
  if (min === 1 && max === 1) return info;
  return { exact: undefined, condition: conditionOf(info) };
}

function isWhitespace(info: Info | undefined): boolean {
  return info?.exact?.size === 1 && info.exact.has(WHITESPACE);
}

/** Recursive-descent reader over the subset of RE2 syntax that matters for literals. */
export class Reader {
  private i = 0;
  constructor(
    private readonly p: string,
    private readonly mode: ReadMode = FILTER_MODE,
  ) {}

  parse(): Info {
    const info = this.alternation();
    if (this.i < this.p.length) throw new Unsupported();
    return info;
  }

  /** The parts of a pattern that is one concatenation (no top-level "|"). */
  sequence(): Info[] {
    const parts: Info[] = [];
    while (this.i < this.p.length) {
      if (this.p[this.i] === '|' || this.p[this.i] === ')') throw new Unsupported();
      parts.push(this.repetition());
    }
    return parts;
  }

  private alternation(): Info {
    const options = [this.concatenation()];
    while (this.p[this.i] === '|') {
      this.i++;
      options.push(this.concatenation());
    }
    return options.length === 1 ? (options[0] as Info) : alternate(options, this.mode);
  }

  private concatenation(): Info {
    const parts: Info[] = [];
    while (this.i < this.p.length && this.p[this.i] !== '|' && this.p[this.i] !== ')')
      parts.push(this.repetition());
    const [word, space] = parts;
    if (this.mode.exact && parts.length === 2 && word?.plus !== undefined && isWhitespace(space)) {
      return { ...anything(), wordUnit: word.plus };
    }
    return concat(parts, this.mode);
  }

  private repetition(): Info {
    let info = this.atom();
    for (;;) {
      const ch = this.p[this.i];
      let bounds: [number, number] | undefined;
      if (ch === '*') bounds = [0, Infinity];
      else if (ch === '+') bounds = [1, Infinity];
      else if (ch === '?') bounds = [0, 1];
      else if (ch === '{') bounds = this.braces();
      if (bounds === undefined) return info;
      if (ch !== '{') this.i++;
      if (this.p[this.i] === '?') this.i++; // lazy: same strings
      info = this.repeatExact(info, bounds) ?? repeat(info, bounds[0], bounds[1]);
    }
  }

  /** Exact-mode repetitions of whitespace (`\s+`) and of `\S`/`\w` (`\S*`), or undefined. */
  private repeatExact(info: Info, [min, max]: [number, number]): Info | undefined {
    if (!this.mode.exact) return undefined;
    if (info.rest !== undefined && min === 0 && max === Infinity) return exactly(info.rest);
    if (info.rest !== undefined && min === 1 && max === Infinity)
      return { ...anything(), plus: info.rest === REST_WORD ? 'w' : 'S' };
    if (info.negated !== undefined)
      return {
        ...anything(),
        gap: { kind: 'chars', min, max, excluded: info.negated, digits: false },
      };
    if (info.digit === true)
      return { ...anything(), gap: { kind: 'chars', min, max, excluded: '', digits: true } };
    if (info.wordUnit !== undefined)
      return { ...anything(), gap: { kind: 'words', min, max, unit: info.wordUnit } };
    const onlyWhitespace = info.exact?.size === 1 && info.exact.has(WHITESPACE);
    if (!onlyWhitespace) return undefined;
    return min >= 1 ? info : exactly('', WHITESPACE);
  }

  private braces(): [number, number] | undefined {
    const match = /^\{(\d+)(,(\d*))?\}/.exec(this.p.slice(this.i));
    if (match === null) return undefined; // a literal "{" in RE2
    this.i += match[0].length;
    const min = Number(match[1]);
    const max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
    return [min, max];
  }

  private atom(): Info {
    const ch = this.p[this.i++] as string;
    if (ch === '(') return this.group();
    if (ch === '[') return this.characterClass();
    if (ch === '.') return this.mode.exact ? { ...anything(), negated: '\n' } : anything();
    if (ch === '^' || ch === '$') {
      if (this.mode.exact) throw new Unsupported();
      return exactly('');
    }
    if (ch === '\\') return this.escape();
    if (ch === ')' || ch === '*' || ch === '+' || ch === '?') throw new Unsupported();
    return this.literal(ch);
  }

  private literal(ch: string): Info {
    if (this.mode.exact && WHITESPACE_CHARS.includes(ch)) return exactly(WHITESPACE);
    const code = ch.charCodeAt(0);
    // A surrogate pair is one character: keep both halves together.
    if (code >= 0xd800 && code <= 0xdbff && this.i < this.p.length)
      return exactly(lowerString(ch + this.p[this.i++]));
    return exactly(lowerString(ch));
  }

  private group(): Info {
    if (this.p[this.i] === '?') {
      const flags = /^\?([imsU-]*)(:|\))/.exec(this.p.slice(this.i));
      const named = /^\?P?<[A-Za-z_][A-Za-z0-9_]*>/.exec(this.p.slice(this.i));
      if (flags !== null) {
        // Case-sensitive parts cannot be matched as case-insensitive literals.
        if (this.mode.exact && flags[1]?.includes('-')) throw new Unsupported();
        this.i += flags[0].length;
        if (flags[2] === ')') return exactly('');
      } else if (named !== null) {
        this.i += named[0].length;
      } else {
        throw new Unsupported(); // lookaround and anything else unmodelled
      }
    }
    const inner = this.alternation();
    if (this.p[this.i] !== ')') throw new Unsupported();
    this.i++;
    return inner;
  }

  private characterClass(): Info {
    const negated = this.p[this.i] === '^';
    if (negated) this.i++;
    const chars: string[] = [];
    let simple = true;
    let first = true;
    while (this.i < this.p.length && (this.p[this.i] !== ']' || first)) {
      first = false;
      let ch = this.p[this.i++] as string;
      if (ch === '[' && this.p[this.i] === ':') {
        const close = this.p.indexOf(':]', this.i);
        if (close === -1) throw new Unsupported();
        this.i = close + 2;
        simple = false;
        continue;
      }
      if (ch === '\\') {
        const escaped = this.p[this.i++] ?? '';
        if (/[A-Za-z0-9]/.test(escaped)) {
          // \d, \s, \pL, \p{Greek}, \x41, \x{41}: not modelled, the class then matches "anything".
          if (this.p[this.i] === '{') this.i = this.p.indexOf('}', this.i) + 1 || this.p.length;
          simple = false;
          continue;
        }
        ch = escaped;
      }
      if (this.p[this.i] === '-' && this.p[this.i + 1] !== ']' && this.i + 1 < this.p.length) {
        const to = this.p[this.i + 1] as string;
        this.i += 2;
        if (to === '\\' || to.charCodeAt(0) - ch.charCodeAt(0) > 4) {
          if (to === '\\') this.i++;
          simple = false;
          continue;
        }
        for (let c = ch.charCodeAt(0); c <= to.charCodeAt(0); c++)
          chars.push(String.fromCharCode(c));
      } else {
        chars.push(ch);
      }
    }
    if (this.p[this.i] !== ']') throw new Unsupported();
    this.i++;
    if (negated)
      return simple && this.mode.exact ? { ...anything(), negated: chars.join('') } : anything();
    const lowered = new Set(
      chars.map((c) =>
        this.mode.exact && WHITESPACE_CHARS.includes(c) ? WHITESPACE : lowerString(c),
      ),
    );
    return simple && lowered.size <= 8 ? { exact: lowered, condition: ANY } : anything();
  }

  private escape(): Info {
    const ch = this.p[this.i++];
    if (ch === undefined) throw new Unsupported();
    if (ch === 'b' && this.mode.exact) return exactly(BOUNDARY);
    if ('bBAz'.includes(ch)) {
      if (this.mode.exact) throw new Unsupported();
      return exactly('');
    }
    if (this.mode.exact && ch === 's') return exactly(WHITESPACE);
    if (this.mode.exact && (ch === 'S' || ch === 'w'))
      return { ...anything(), rest: ch === 'S' ? REST_NONSPACE : REST_WORD };
    if (this.mode.exact && ch === 'd') return { ...anything(), digit: true };
    if ('dDsSwWpPC'.includes(ch)) {
      if ((ch === 'p' || ch === 'P') && this.p[this.i] === '{')
        this.i = this.p.indexOf('}', this.i) + 1 || this.p.length;
      else if (ch === 'p' || ch === 'P') this.i++;
      return anything();
    }
    if (ch === 'Q') {
      const end = this.p.indexOf('\\E', this.i);
      const text = this.p.slice(this.i, end === -1 ? this.p.length : end);
      this.i = end === -1 ? this.p.length : end + 2;
      return exactly(lowerString(text));
    }
    const controls: Record<string, string> = {
      n: '\n',
      t: '\t',
      r: '\r',
      f: '\f',
      v: '\v',
      a: '\x07',
    };
    const control = controls[ch];
    if (control !== undefined)
      return exactly(this.mode.exact && WHITESPACE_CHARS.includes(control) ? WHITESPACE : control);
    if (ch === 'x') {
      // \x41 or \x{1F600}: one character, not modelled.
      this.i =
        this.p[this.i] === '{' ? this.p.indexOf('}', this.i) + 1 || this.p.length : this.i + 2;
      return anything();
    }
    if (/[0-9]/.test(ch)) {
      while (/[0-7]/.test(this.p[this.i] ?? '')) this.i++;
      return anything();
    }
    if (/[A-Za-z]/.test(ch)) throw new Unsupported();
    return exactly(lowerString(ch));
  }
}

/** The literal condition a case-insensitive match of `pattern` must satisfy (`ANY` when unknown). */
export function prefilterOf(pattern: string): Condition {
  try {
    return conditionOf(new Reader(pattern).parse());
  } catch (error) {
    if (error instanceof Unsupported) return ANY;
    throw error;
  }
}
