/**
 * Finds many literal strings in one pass (Aho-Corasick automaton), case-insensitively and with
 * every whitespace run read as one space, reporting offsets into the scanned text. Used to find
 * which regexes can match in which sentence, and the phrases of phrase-only regexes.
 * The automaton is built with maps, then frozen into flat typed arrays for a fast, small scan.
 */
import { isRe2Space } from './re2-chars';
import { lowerCode } from './re2-chars';

// Dense transition table from the root for the Latin range, where almost every text character falls.
const DENSE = 0x250;

/** A literal as the scanner reads it: lower case, each whitespace run one space. */
export function normaliseLiteral(literal: string): string {
  let out = '';
  for (let i = 0; i < literal.length; i++) {
    const code = literal.charCodeAt(i);
    if (isRe2Space(code)) {
      if (!out.endsWith(' ')) out += ' ';
    } else {
      out += String.fromCharCode(lowerCode(code));
    }
  }
  return out;
}

/** An automaton over a fixed list of literals; ids are their indices. */
export class LiteralScanner {
  private readonly lengths: Int32Array;
  private readonly longest: number;
  private readonly rootDense = new Int32Array(DENSE);
  // State s has children childCodes/childTargets[childStart[s] .. childStart[s + 1]).
  private readonly childStart: Int32Array;
  private readonly childCodes: Uint16Array;
  private readonly childTargets: Int32Array;
  private readonly fail: Int32Array;
  // State s reports the literal ids outputIds[outputStart[s] .. outputStart[s + 1]).
  private readonly outputStart: Int32Array;
  private readonly outputIds: Int32Array;

  constructor(literals: readonly string[]) {
    const normalised = literals.map(normaliseLiteral);
    this.lengths = Int32Array.from(normalised, (l) => l.length);
    this.longest = Math.max(1, ...this.lengths);
    const trie = buildTrie(normalised);
    const fail = linkFailures(trie);
    const states = trie.next.length;
    this.fail = Int32Array.from(fail);
    this.childStart = new Int32Array(states + 1);
    this.outputStart = new Int32Array(states + 1);
    let children = 0;
    let outputs = 0;
    for (let s = 0; s < states; s++) {
      this.childStart[s] = children;
      this.outputStart[s] = outputs;
      children += (trie.next[s] as Map<number, number>).size;
      outputs += (trie.output[s] as number[]).length;
    }
    this.childStart[states] = children;
    this.outputStart[states] = outputs;
    this.childCodes = new Uint16Array(children);
    this.childTargets = new Int32Array(children);
    this.outputIds = new Int32Array(outputs);
    for (let s = 0; s < states; s++) {
      let at = this.childStart[s] as number;
      for (const [code, to] of trie.next[s] as Map<number, number>) {
        this.childCodes[at] = code;
        this.childTargets[at++] = to;
      }
      this.outputIds.set(trie.output[s] as number[], this.outputStart[s] as number);
    }
    for (const [code, to] of trie.next[0] as Map<number, number>)
      if (code < DENSE) this.rootDense[code] = to;
  }

  /** Calls `found(id, start, end)` for every occurrence of every literal in `text` (offsets into `text`). */
  scan(text: string, found: (id: number, start: number, end: number) => void): void {
    if (this.childCodes.length === 0) return;
    // Where each of the last `longest` scanned characters starts in `text` (whitespace runs count once).
    const origins = new Int32Array(this.longest);
    let scanned = 0;
    let state = 0;
    let previousSpace = false;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      const space = isRe2Space(code);
      if (space && previousSpace) continue;
      previousSpace = space;
      code = space ? 32 : lowerCode(code);
      origins[scanned % this.longest] = i;
      scanned++;
      state = this.step(state, code);
      const first = this.outputStart[state] as number;
      const last = this.outputStart[state + 1] as number;
      for (let k = first; k < last; k++) {
        const id = this.outputIds[k] as number;
        found(
          id,
          origins[(scanned - (this.lengths[id] as number)) % this.longest] as number,
          i + 1,
        );
      }
    }
  }

  private step(from: number, code: number): number {
    let state = from;
    for (;;) {
      if (state === 0) return code < DENSE ? (this.rootDense[code] as number) : this.child(0, code);
      const to = this.child(state, code);
      if (to !== 0) return to;
      state = this.fail[state] as number;
    }
  }

  /** The child of `state` for `code`, or 0 (the root is never a child). */
  private child(state: number, code: number): number {
    const end = this.childStart[state + 1] as number;
    for (let k = this.childStart[state] as number; k < end; k++) {
      if (this.childCodes[k] === code) return this.childTargets[k] as number;
    }
    return 0;
  }
}

interface Trie {
  next: Map<number, number>[];
  output: number[][];
}

function buildTrie(literals: readonly string[]): Trie {
  const trie: Trie = { next: [new Map()], output: [[]] };
  literals.forEach((literal, id) => {
    let state = 0;
    for (let i = 0; i < literal.length; i++) {
      const code = literal.charCodeAt(i);
      const transitions = trie.next[state] as Map<number, number>;
      let to = transitions.get(code);
      if (to === undefined) {
        to = trie.next.length;
        trie.next.push(new Map());
        trie.output.push([]);
        transitions.set(code, to);
      }
      state = to;
    }
    (trie.output[state] as number[]).push(id);
  });
  return trie;
}

/** Breadth-first failure links; each state's output also lists those of its failure state. */
function linkFailures(trie: Trie): number[] {
  const fail = new Array<number>(trie.next.length).fill(0);
  const queue: number[] = [...(trie.next[0] as Map<number, number>).values()];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number;
    for (const [code, to] of trie.next[state] as Map<number, number>) {
      let fallback = fail[state] as number;
      while (fallback !== 0 && !(trie.next[fallback] as Map<number, number>).has(code))
        fallback = fail[fallback] as number;
      const target = (trie.next[fallback] as Map<number, number>).get(code);
      fail[to] = target !== undefined && target !== to ? target : 0;
      (trie.output[to] as number[]).push(...(trie.output[fail[to] as number] as number[]));
      queue.push(to);
    }
  }
  return fail;
}
