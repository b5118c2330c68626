import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../../src/engine';
import { testPack } from './test-pack';

const PARAGRAPHS = [
  'Sorry for the delay with your order, it was beyond our control.',
  'Die Lieferung hat sich leider verspätet. Es gibt eine Lieferverzögerung.',
  'We guarantee a revolutionary experience.',
  'There is no delay this time, we delivered on time.',
  'Hello Anna, thanks for the call today.',
];

/** Deterministic pseudo-random numbers so failures reproduce. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function edit(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const choice = next();
  if (choice < 0.4) return text.slice(0, at) + 'x' + text.slice(at);
  if (choice < 0.6) return text.slice(0, at) + '\n\n' + text.slice(at);
  if (choice < 0.8) return text.slice(0, at) + text.slice(at + 1);
  return text.slice(0, at) + ' delay ' + text.slice(at);
}

describe('createAnalyzer', () => {
  it('gives the same result as a fresh analysis after every edit', () => {
    const analyzer = createAnalyzer([testPack]);
    const next = random(42);
    let text = PARAGRAPHS.join('\n\n');
    for (let step = 0; step < 200; step++) {
      text = edit(text, next);
      for (const language of ['auto', 'en', 'de'] as const) {
        const options = { language, context: 'email' as const };
        expect(analyzer.analyze(text, options)).toEqual(
          analyze(text, { packs: [testPack], ...options }),
        );
      }
    }
  });

  it('re-matches only the paragraph that changed', () => {
    const analyzer = createAnalyzer([testPack]);
    const text = PARAGRAPHS.join('\n\n');
    analyzer.analyze(text);
    expect(analyzer.lastRun).toEqual({ matched: PARAGRAPHS.length, reused: 0 });
    analyzer.analyze(text.replace('thanks for', 'thanks a lot for'));
    expect(analyzer.lastRun).toEqual({ matched: 1, reused: PARAGRAPHS.length - 1 });
    analyzer.analyze(text.replace('thanks for', 'thanks a lot for'));
    expect(analyzer.lastRun).toEqual({ matched: 0, reused: PARAGRAPHS.length });
  });

  it('applies settings without re-matching', () => {
    const analyzer = createAnalyzer([testPack]);
    const text = PARAGRAPHS.join('\n\n');
    const all = analyzer.analyze(text).suggestions.map((s) => s.id);
    const fewer = analyzer
      .analyze(text, { settings: { disabled: ['results'] } })
      .suggestions.map((s) => s.id);
    expect(analyzer.lastRun.matched).toBe(0);
    expect(all).toContain('results');
    expect(fewer).not.toContain('results');
  });
});
