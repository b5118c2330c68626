/**
 * Runs a language's regex signals over a paragraph, sentence by sentence, in three tiers:
 * - phrase chains (see `regex-chain.ts`): walked from their located first phrase, in sentences
 *   that hold their other phrases too; each span confirmed by one anchored RE2 test;
 * - regexes with required literals (`prefilterOf` in `regex-reader.ts`): RE2 searches only the sentences
 *   that contain them;
 * - the rest: one RE2 set over the paragraph says which to search for.
 * One literal scan serves the first two tiers. Regexes match within a sentence: `^`/`$` mean
 * its start and end.
 */
import type { RE2Set } from 're2js';
import { LiteralScanner, normaliseLiteral } from './literal-scan';
import {
  type Branch,
  branchesOf,
  buildSet,
  collect,
  hasAnchor,
  type RegexHit,
  withoutOverlaps,
} from './regex-branches';
import { type Chain, chainCondition, ChainWalk, chainOf, locatorOf, TOO_LONG } from './regex-chain';
import { type Condition, literalsOf } from './regex-condition';
import { prefilterOf } from './regex-reader';
import type { CompiledSignal } from './signals';

export type { RegexHit } from './regex-branches';
export { splitTopLevel } from './regex-branches';

/** A span of a paragraph: one sentence with its trailing punctuation and space. */
export interface Region {
  start: number;
  end: number;
}

/** A prefilter condition over literal ids. */
type IdCondition =
  { kind: 'any' } | { kind: 'literal'; id: number } | { kind: 'and' | 'or'; items: IdCondition[] };

/** A branch searched by RE2 where its condition holds (tier 2), or a chain walked there (tier 1). */
interface Candidate {
  branch: Branch;
  condition: IdCondition;
  chain: Chain | undefined;
}

/** A first phrase of a chain, found by the literal scan. */
interface Locator {
  candidate: number;
  phrase: string;
}

// Steps a chain walk may take per located phrase before RE2 searches the sentence instead.
const WALK_BUDGET = 2000;

/** The regex signals of one language, sorted into tiers, with one literal automaton. */
export class RegexMatcher {
  private readonly candidates: Candidate[] = [];
  private readonly unfiltered: Branch[] = [];
  // Unfiltered branches with ^, $, \A or \z: anchored to each sentence, so the paragraph-wide set cannot vouch for them.
  private readonly anchored: Branch[] = [];
  private readonly literalIds = new Map<string, number>();
  /** Per literal id: candidates whose condition (or locator) mentions it. */
  private readonly uses: number[][] = [];
  /** Per literal id: chains it locates. */
  private readonly locators: Locator[][] = [];
  private readonly scanner: LiteralScanner;
  // Built on first use (see matchUnfiltered); null when it could not be built.
  private set: RE2Set | null | undefined;
  private readonly count: number;
  private readonly walker = new ChainWalk(WALK_BUDGET);
  // Per-sentence scratch, stamped instead of cleared: considered and passing candidates.
  private considered = new Int32Array(0);
  private passing = new Int32Array(0);
  private stamp = 0;

  /**
   * Signals with the same pattern as an earlier one (a concept used by several principles):
   * matched once, reported for each.
   */
  private readonly copies = new Map<CompiledSignal, CompiledSignal[]>();

  constructor(signals: readonly CompiledSignal[]) {
    this.count = signals.length;
    const first = new Map<string, CompiledSignal>();
    const unique: CompiledSignal[] = [];
    for (const signal of signals) {
      const earlier = first.get(signal.regex ?? '');
      if (earlier === undefined) {
        first.set(signal.regex ?? '', signal);
        unique.push(signal);
      } else {
        const list = this.copies.get(earlier);
        if (list === undefined) this.copies.set(earlier, [signal]);
        else list.push(signal);
      }
    }
    for (const branch of unique.flatMap(branchesOf)) this.add(branch);
    this.scanner = new LiteralScanner([...this.literalIds.keys()]);
    this.considered = new Int32Array(this.candidates.length);
    this.passing = new Int32Array(this.candidates.length);
  }

  /** True when the language has no regex signals. */
  get empty(): boolean {
    return this.count === 0;
  }

  /** All matches in the sentences `regions[s]` for which `wanted(s)` holds. */
  matches(
    text: string,
    regions: readonly Region[],
    wanted: (sentence: number) => boolean,
  ): RegexHit[] {
    const hits: RegexHit[] = [];
    // Literal occurrences per sentence, as flat (id, start) pairs.
    const found = new Map<number, number[]>();
    this.scanner.scan(text, (id, start) => {
      const sentence = regionOf(regions, start);
      if (!wanted(sentence)) return;
      const list = found.get(sentence);
      if (list === undefined) found.set(sentence, [id, start]);
      else list.push(id, start);
    });
    for (const [sentence, occurrences] of found)
      this.matchSentence(text, regions[sentence] as Region, sentence, occurrences, hits);
    if (this.unfiltered.length + this.anchored.length > 0)
      this.matchUnfiltered(text, regions, wanted, hits);
    const kept = withoutOverlaps(hits);
    if (this.copies.size === 0) return kept;
    const withCopies: RegexHit[] = [];
    for (const hit of kept) {
      withCopies.push(hit);
      for (const signal of this.copies.get(hit.signal) ?? []) withCopies.push({ ...hit, signal });
    }
    return withCopies;
  }

  private add(branch: Branch): void {
    const { pattern } = branch;
    const chain = chainOf(pattern);
    const condition = chain !== undefined ? chainCondition(chain) : prefilterOf(pattern);
    if (chain === undefined && condition.kind === 'any') {
      (hasAnchor(pattern) ? this.anchored : this.unfiltered).push(branch);
      return;
    }
    const index = this.candidates.length;
    this.candidates.push({ branch, condition: this.byIds(condition), chain });
    for (const literal of literalsOf(condition))
      (this.uses[this.literalId(literal)] as number[]).push(index);
    const first = chain?.[0];
    if (first?.kind !== 'phrases') return;
    for (const phrase of first.phrases) {
      const id = this.literalId(locatorOf(phrase));
      (this.locators[id] as Locator[]).push({ candidate: index, phrase });
      (this.uses[id] as number[]).push(index);
    }
  }

  private literalId(literal: string): number {
    const key = normaliseLiteral(literal);
    let id = this.literalIds.get(key);
    if (id === undefined) {
      id = this.literalIds.size;
      this.literalIds.set(key, id);
      this.uses.push([]);
      this.locators.push([]);
    }
    return id;
  }

  private byIds(condition: Condition): IdCondition {
    if (condition.kind === 'any') return condition;
    if (condition.kind === 'literal')
      return { kind: 'literal', id: this.literalId(condition.text) };
    return { kind: condition.kind, items: condition.items.map((item) => this.byIds(item)) };
  }

  /** Tiers 1 and 2 in one sentence, given the literals found there. */
  private matchSentence(
    text: string,
    region: Region,
    sentence: number,
    occurrences: number[],
    hits: RegexHit[],
  ): void {
    const stamp = ++this.stamp;
    const ids = new Set<number>();
    for (let i = 0; i < occurrences.length; i += 2) ids.add(occurrences[i] as number);
    const searches: number[] = [];
    for (const id of ids) {
      for (const index of this.uses[id] as number[]) {
        if (this.considered[index] === stamp) continue;
        this.considered[index] = stamp;
        const candidate = this.candidates[index] as Candidate;
        if (!holds(candidate.condition, ids)) continue;
        if (candidate.chain === undefined) searches.push(index);
        else this.passing[index] = stamp;
      }
    }
    this.walkChains(text, region, sentence, occurrences, stamp, hits);
    if (searches.length === 0) return;
    const part = text.slice(region.start, region.end);
    for (const index of searches.sort((a, b) => a - b))
      collect((this.candidates[index] as Candidate).branch, part, region.start, sentence, hits);
  }

  private walkChains(
    text: string,
    region: Region,
    sentence: number,
    occurrences: number[],
    stamp: number,
    hits: RegexHit[],
  ): void {
    let last: RegexHit | undefined;
    for (let i = 0; i < occurrences.length; i += 2) {
      const start = occurrences[i + 1] as number;
      for (const { candidate, phrase } of this.locators[occurrences[i] as number] as Locator[]) {
        if (this.passing[candidate] !== stamp) continue;
        const { branch, chain } = this.candidates[candidate] as Candidate;
        // An overlapping find of the same regex counts once, as in a regex search.
        if (last !== undefined && last.signal === branch.signal && start < last.end) continue;
        const regex = branch.regex;
        if (regex === undefined) continue;
        const end = this.walker.run(chain as Chain, phrase, text, start, region.end, regex);
        if (end === TOO_LONG) {
          // The walk would take too long: let RE2 search this sentence for the branch, once.
          this.passing[candidate] = 0;
          collect(branch, text.slice(region.start, region.end), region.start, sentence, hits);
        } else if (end >= 0) {
          last = { signal: branch.signal, sentence, start, end };
          hits.push(last);
        }
      }
    }
  }

  private matchUnfiltered(
    text: string,
    regions: readonly Region[],
    wanted: (s: number) => boolean,
    hits: RegexHit[],
  ): void {
    if (this.set === undefined) this.set = buildSet(this.unfiltered) ?? null;
    const found = this.set !== null ? this.set.match(text) : this.unfiltered.map((_, i) => i);
    const branches = [...found.map((index) => this.unfiltered[index] as Branch), ...this.anchored];
    if (branches.length === 0) return;
    regions.forEach((region, sentence) => {
      if (!wanted(sentence)) return;
      const part = text.slice(region.start, region.end);
      for (const branch of branches) collect(branch, part, region.start, sentence, hits);
    });
  }
}

/** Whether the literals present satisfy a condition. */
function holds(condition: IdCondition, present: ReadonlySet<number>): boolean {
  switch (condition.kind) {
    case 'any':
      return true;
    case 'literal':
      return present.has(condition.id);
    case 'and':
      return condition.items.every((item) => holds(item, present));
    case 'or':
      return condition.items.some((item) => holds(item, present));
  }
}

/** Index of the region containing `offset` (regions are sorted and contiguous). */
function regionOf(regions: readonly Region[], offset: number): number {
  let low = 0;
  let high = regions.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((regions[mid] as Region).start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
