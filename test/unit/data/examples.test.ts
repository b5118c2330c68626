// Every principle's examples run as tests: positives must fire the principle at default
// settings in the example's language, negatives must not.
import { describe, expect, it } from 'vitest';
import { corePack } from '../../../src/data/principles';
import type { Language } from '../../../src/data/types';
import { analyze } from '../../../src/engine';

const LANGUAGES: Language[] = ['en', 'de'];

function firedIds(text: string, language: Language): string[] {
  return analyze(text, { packs: [corePack], language }).suggestions.map(
    (s) => `${s.id} ${s.score.toFixed(2)}`,
  );
}

function label(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 70 ? `${oneLine.slice(0, 67)}...` : oneLine;
}

describe('bundled pack examples', () => {
  it('has principles to test', () => {
    expect(corePack.principles.length).toBeGreaterThan(0);
  });

  for (const principle of corePack.principles) {
    describe(principle.id, () => {
      for (const language of LANGUAGES) {
        const examples = principle.examples?.[language];
        examples?.positive.forEach((text, i) => {
          it(`${language} positive ${i + 1} fires: "${label(text)}"`, () => {
            const fired = firedIds(text, language);
            expect(
              fired.map((f) => f.split(' ')[0]),
              `fired: [${fired.join(', ')}]`,
            ).toContain(principle.id);
          });
        });
        examples?.negative.forEach((text, i) => {
          it(`${language} negative ${i + 1} stays silent: "${label(text)}"`, () => {
            const fired = firedIds(text, language);
            expect(
              fired.map((f) => f.split(' ')[0]),
              `fired: [${fired.join(', ')}]`,
            ).not.toContain(principle.id);
          });
        });
      }
    });
  }
});
