import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scorerJson, trainScorer } from '../../../src/cli/train-scorer';
import { corePack } from '../../../src/data/principles';
import { analyze } from '../../../src/engine';

describe('the learned scorer', () => {
  it('src/data/scorer.json is exactly what train-scorer makes from the in-sample texts', () => {
    const checkedIn = readFileSync(
      join(import.meta.dirname, '../../../src/data/scorer.json'),
      'utf8',
    );
    expect(scorerJson(trainScorer().model)).toBe(checkedIn);
  }, 600_000); // a guard against a hang, not a speed bar: training takes about a minute, longer on a busy machine

  it('keeps the evidence of what the rules found when it rescores it', () => {
    const texts = [
      'We missed the delivery date, the shipment is delayed by a week.',
      'Sorry to bother you, I was just wondering if you had a chance to look at the offer?',
      'Our night shift is hopeless, that is why your pallets were mislabelled.',
      'Die Lieferung verzögert sich leider um zwei Wochen, das war unser Fehler.',
      'Thanks, see you on Tuesday.',
    ];
    for (const text of texts) {
      const scored = analyze(text, { packs: [corePack] }).suggestions;
      // Every principle with a hit at all: the rules at full sensitivity, nothing cut.
      const found = analyze(text, {
        packs: [corePack],
        scorer: false,
        settings: { sensitivity: 1, relativeCutoff: 0 },
      }).suggestions;
      for (const suggestion of scored) {
        const rule = found.find((s) => s.id === suggestion.id);
        // A principle the rules did not find comes from an open model (test/unit/engine/open-candidates.test.ts).
        if (rule !== undefined) expect(suggestion.evidence).toEqual(rule.evidence);
        for (const e of suggestion.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
      }
    }
    expect(analyze(texts[4] as string, { packs: [corePack] }).suggestions).toEqual([]);
  });

  it('leaves a text longer than the drafts it was trained on to the rules', () => {
    const sentence = 'Unfortunately your delivery is delayed by two weeks.';
    const filler = Array.from(
      { length: 3000 },
      (_, i) => ['lorem', 'ipsum', 'dolor', 'amet', 'sit'][i % 5],
    ).join(' ');
    const alone = analyze(sentence, { packs: [corePack], language: 'en' }).suggestions.map(
      (s) => s.id,
    );
    const long = analyze(`${filler}\n${sentence}`, {
      packs: [corePack],
      language: 'en',
    }).suggestions.map((s) => s.id);
    expect(alone).toContain('own-mistakes-openly');
    expect(long).toEqual(alone);
    const rulesOnly = analyze(`${filler}\n${sentence}`, {
      packs: [corePack],
      language: 'en',
      scorer: false,
    }).suggestions;
    expect(
      analyze(`${filler}\n${sentence}`, { packs: [corePack], language: 'en' }).suggestions,
    ).toEqual(rulesOnly);
  });
});
