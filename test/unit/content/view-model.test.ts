import { describe, expect, it } from 'vitest';
import { cardItems, availableText } from '../../../content/session/view-model';
import { corePack } from '../../../src/data/principles';
import type { Principle, Suggestion } from '../../../src/engine';

const own = corePack.principles.find((p) => p.id === 'own-mistakes-openly') as Principle;

function suggestion(principle: Principle, evidence: [number, number, string][]): Suggestion {
  return {
    id: principle.id,
    score: 0.8,
    principle,
    evidence: evidence.map(([start, end, text]) => ({ start, end, text })),
  };
}

describe('what the card shows', () => {
  it('speaks the language of the text, falling back to the other one', () => {
    expect(availableText(own, 'de')?.lang).toBe('de');
    expect(availableText(own, 'de')?.text.title).toBe(own.text.de?.title);
    const englishOnly: Principle = { ...own, text: { en: own.text.en } };
    expect(availableText(englishOnly, 'de')?.lang).toBe('en');
  });

  it('quotes each piece of evidence once, in text order, and keeps policy-locked principles from being muted', () => {
    const items = cardItems(
      [
        suggestion(own, [
          [40, 47, 'delayed'],
          [10, 20, 'our supplier'],
          [60, 67, 'Delayed'],
        ]),
      ],
      'en',
      ['own-mistakes-openly'],
    );
    expect(items).toHaveLength(1);
    expect(items[0]!.evidence).toEqual(['our supplier', 'delayed']);
    expect(items[0]!.mutable).toBe(false);
    expect(items[0]!.tryThis).toEqual(own.text.en?.tryThis);
  });
});
