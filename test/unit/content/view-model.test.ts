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
    expect(items[0]!.phrasings.map((p) => p.template)).toEqual(own.text.en?.tryThis);
    expect(items[0]!.phrasings.every((p) => p.audience === 'customer')).toBe(true);
  });

  it('finds the sentence to replace around the first evidence, and none for the quoted message', () => {
    const text = 'Hi Ana,\n\nThanks for waiting. Sorry, your order is delayed again. More soon.';
    const start = text.indexOf('delayed');
    const [item] = cardItems([suggestion(own, [[start, start + 7, 'delayed']])], 'en', [], {
      text,
      note: false,
    });
    expect(item!.sentence?.text).toBe('Sorry, your order is delayed again.');
    expect(text.slice(item!.sentence!.start, item!.sentence!.end)).toBe(item!.sentence!.text);
    const reply = { ...suggestion(own, [[start, start + 7, 'delayed']]), reply: true as const };
    expect(cardItems([reply], 'en', [], { text, note: false })[0]!.sentence).toBeUndefined();
  });

  it('gives a note its note phrasings first, and an email only the customer ones', () => {
    const withNote: Principle = {
      ...own,
      text: { en: { ...own.text.en!, tryThisNote: ['Delay on our side: {cause}.'] } },
    };
    const s = suggestion(withNote, [[0, 5, 'delay']]);
    const note = cardItems([s], 'en', [], { text: 'delay', note: true })[0]!.phrasings;
    expect(note[0]).toEqual({ template: 'Delay on our side: {cause}.', audience: 'note' });
    expect(note.slice(1).every((p) => p.audience === 'customer')).toBe(true);
    const email = cardItems([s], 'en', [], { text: 'delay', note: false })[0]!.phrasings;
    expect(email.some((p) => p.audience === 'note')).toBe(false);
  });

  it('quotes what shows a principle is already done', () => {
    const s = {
      ...suggestion(own, [[0, 5, 'delay']]),
      done: [{ start: 7, end: 19, text: "that's on us" }],
    };
    expect(cardItems([s], 'en', [])[0]!.done).toEqual(["that's on us"]);
  });
});
