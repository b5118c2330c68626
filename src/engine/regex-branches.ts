/**
 * The pieces of regex matching that do not depend on the tiers: splitting a regex into its
 * top-level branches, anchors, RE2 searches inside one sentence, and overlap removal.
 */
import { RE2JS, RE2Set } from 're2js';
import type { CompiledSignal } from './signals';

/**
 * One top-level alternative of a signal's regex ("a|b" runs as "a" and "b": smaller, better
 * filtered). RE2 compiles it on first use: most branches of a large pack never need RE2 at all,
 * which keeps compiling a pack fast. A pattern RE2 rejects never matches.
 */
export class Branch {
  private compiled: RE2JS | null | undefined;

  constructor(
    readonly signal: CompiledSignal,
    readonly pattern: string,
  ) {}

  /** The case-insensitive RE2 program, or undefined when the pattern is not valid RE2. */
  get regex(): RE2JS | undefined {
    if (this.compiled === undefined) {
      try {
        this.compiled = RE2JS.compile(this.pattern, RE2JS.CASE_INSENSITIVE);
      } catch {
        this.compiled = null;
      }
    }
    return this.compiled ?? undefined;
  }
}

/** A regex match with paragraph-relative offsets and its sentence. */
export interface RegexHit {
  signal: CompiledSignal;
  sentence: number;
  start: number;
  end: number;
}

/** Matches of a branch in one sentence's text `part`, which starts at `offset` in the paragraph. */
export function collect(
  branch: Branch,
  part: string,
  offset: number,
  sentence: number,
  hits: RegexHit[],
): void {
  const { regex, signal } = branch;
  // test() runs RE2's DFA, far cheaper than matchAll's capture tracking; most candidates fail here.
  if (regex === undefined || !regex.test(part)) return;
  for (const match of regex.matchAll(part)) {
    const start = offset + (match.index ?? 0);
    const end = start + (match[0]?.length ?? 0);
    if (end > start) hits.push({ signal, sentence, start, end });
  }
}

/** True when a pattern has an anchor (^, $, \A, \z) outside a character class. */
export function hasAnchor(pattern: string): boolean {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      if (!inClass && (pattern[i + 1] === 'A' || pattern[i + 1] === 'z')) return true;
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      inClass = true;
      if (pattern[i + 1] === '^') i++;
      if (pattern[i + 1] === ']') i++;
    } else if (ch === '^' || ch === '$') {
      return true;
    }
  }
  return false;
}

/** Splits a signal's regex at its top-level "|" into branches. */
export function branchesOf(signal: CompiledSignal): Branch[] {
  if (signal.regex === undefined) return [];
  return splitTopLevel(signal.regex)
    .filter((part) => part !== '')
    .map((part) => new Branch(signal, part));
}

/** The top-level alternatives of a pattern; the pattern itself when it has none or sets flags inline. */
export function splitTopLevel(pattern: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      inClass = true;
      if (pattern[i + 1] === '^') i++;
      if (pattern[i + 1] === ']') i++;
    } else if (ch === '(') {
      // Flags set inline at the top level would apply across branches: keep such patterns whole.
      if (depth === 0 && /^\(\?[imsU-]+\)/.test(pattern.slice(i))) return [pattern];
      depth++;
    } else if (ch === ')') {
      depth--;
    } else if (ch === '|' && depth === 0) {
      parts.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(pattern.slice(from));
  return parts;
}

/** One RE2 set over the branches, or undefined when there are none or it is too large to build. */
export function buildSet(branches: readonly Branch[]): RE2Set | undefined {
  if (branches.length === 0) return undefined;
  try {
    const set = new RE2Set(RE2Set.UNANCHORED, RE2JS.CASE_INSENSITIVE);
    for (const branch of branches) set.add(branch.pattern);
    set.compile();
    return set;
  } catch {
    return undefined; // too large for one automaton: every unfiltered regex then runs on its own
  }
}

/** One hit per stretch of text and signal: branches of one regex that overlap count once. */
export function withoutOverlaps(hits: RegexHit[]): RegexHit[] {
  if (hits.length < 2) return hits;
  hits.sort((a, b) => a.signal.id - b.signal.id || a.start - b.start || b.end - a.end);
  let last: RegexHit | undefined;
  return hits.filter((hit) => {
    if (last !== undefined && last.signal === hit.signal && hit.start < last.end) return false;
    last = hit;
    return true;
  });
}
