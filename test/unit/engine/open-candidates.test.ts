import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import type { PrincipleModel, ScorerModel } from '../../../src/engine/scorer';
import { pack, principle } from './test-pack';

// "own" has a rule for "delay"; its open model knows that a date that "slipped" is the same situation.
const openPack = pack('open', [
  principle('own', { en: { triggers: [{ match: 'delay' }] } }),
  principle('other', { en: { triggers: [{ match: 'zebrafinch' }] } }),
]);
const none: PrincipleModel = { bias: 0, rules: [0], concepts: [], stems: {} };
const model: ScorerModel = {
  version: 1,
  seeds: ['own'],
  concepts: [],
  openThreshold: 0.6,
  models: {
    own: {
      ...none,
      bias: 2,
      open: { ...none, bias: -2, stems: { en: { slip: 3, date: 1, weather: -4 } } },
    },
  },
};
const run = (text: string, settings = {}) =>
  analyze(text, { packs: [openPack], language: 'en', scorer: model, settings }).suggestions;

describe('open models: a seed principle no signal found', () => {
  it('comes up with the words that weigh most for it as evidence', () => {
    const text = 'Hi Ann, thanks for the call. Sadly the date slipped again. Best, Bo';
    const [found] = run(text);
    expect(found?.id).toBe('own');
    expect(found?.evidence.map((e) => e.text)).toEqual(['slipped']);
    expect(found?.score).toBeGreaterThanOrEqual(0.6);
    for (const e of found?.evidence ?? []) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('stays away below its threshold, when disabled, and when the rules already had a say', () => {
    expect(run('The weather slipped.')).toEqual([]);
    expect(run('The date slipped.', { disabled: ['own'] })).toEqual([]);
    expect(run('It slipped.').map((s) => s.id)).toEqual(['own']);
    expect(run('It slipped.', { sensitivity: 0 })).toEqual([]);
    // A hit of its own: the rescoring model decides, and the evidence is the rule's.
    expect(run('A delay: the date slipped.')[0]?.evidence.map((e) => e.text)).toEqual(['delay']);
    expect(
      analyze('The date slipped.', { packs: [openPack], language: 'en', scorer: false })
        .suggestions,
    ).toEqual([]);
  });
});
