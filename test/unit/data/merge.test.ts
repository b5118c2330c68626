/** How packs combine: a later pack's principle replaces an earlier one with the same id in place. */
import { describe, expect, it } from 'vitest';
import { mergePacks, mergePrinciples } from '../../../src/data/merge';
import { samplePack, samplePrinciple } from '../settings/helpers';

describe('mergePrinciples', () => {
  it('lists principles of several packs, later packs winning', () => {
    const first = samplePack('first', ['shared-rule', 'only-first']);
    const second = samplePack('second', ['shared-rule']);
    const overriding = { ...second.principles[0]!, category: 'ethics' as const };
    const merged = mergePrinciples([first, { ...second, principles: [overriding] }]);
    expect(merged.map((p) => [p.id, p.category])).toEqual([
      ['shared-rule', 'ethics'],
      ['only-first', 'service'],
    ]);
  });

  it('keeps pack order for new principles and an overridden one where it first appeared', () => {
    const merged = mergePrinciples([
      samplePack('a', ['one', 'two']),
      samplePack('b', ['three', 'one']),
    ]);
    expect(merged.map((p) => p.id)).toEqual(['one', 'two', 'three']);
  });

  it('gives nothing for no packs', () => {
    expect(mergePrinciples([])).toEqual([]);
  });
});

describe('mergePacks', () => {
  it('names the pack each principle comes from and the packs it replaced, earliest first', () => {
    const a = { name: 'a', principles: [samplePrinciple('shared'), samplePrinciple('only-a')] };
    const b = { name: 'b', principles: [samplePrinciple('shared')] };
    const c = { name: 'c', principles: [samplePrinciple('shared', 'ethics')] };
    const merged = mergePacks([a, b, c]);
    expect(
      merged.map((entry) => [
        entry.principle.id,
        entry.pack.name,
        entry.overrides.map((p) => p.name),
      ]),
    ).toEqual([
      ['shared', 'c', ['a', 'b']],
      ['only-a', 'a', []],
    ]);
    expect(merged[0]?.principle).toBe(c.principles[0]);
  });
});
