import { describe, expect, it } from 'vitest';
import { CONCEPTS } from '../../../src/data/concepts';
import { validatePack } from '../../../src/data/schema';
import type { Signal } from '../../../src/data/types';
import { analyze } from '../../../src/engine';
import { pack, principle } from './test-pack';

const run = (signals: { triggers: Signal[]; suppressors?: Signal[] }, text: string) =>
  analyze(text, {
    packs: [pack('p', [principle('x', { en: signals, de: signals })])],
    language: 'en',
  });
const fires = (signals: { triggers: Signal[]; suppressors?: Signal[] }, text: string) =>
  run(signals, text).suggestions.length > 0;

describe('concepts: one situation used by many principles', () => {
  it('a concept reference matches every word of the concept, with evidence in the text', () => {
    const signals = { triggers: [{ concept: 'lateness', weight: 1.5 }] };
    expect(fires(signals, 'The go-live slipped to May.')).toBe(true);
    expect(fires(signals, 'We are behind schedule on the install.')).toBe(true);
    const [suggestion] = run(signals, 'Sorry, the shipment got pushed back again.').suggestions;
    expect(suggestion?.evidence.map((e) => e.text)).toEqual(['pushed back']);
  });

  it("applies the concept's roles and suppressors", () => {
    const signals = { triggers: [{ concept: 'lateness', weight: 1.5 }] };
    // whose: ours (the concept's default): the customer's own delay does not count.
    expect(fires(signals, 'The opening of your new store got pushed back.')).toBe(false);
    // A suppressor of the concept: a late reply is not a late delivery.
    expect(fires(signals, 'Sorry for the delay in getting back to you.')).toBe(false);
    // A reference can widen the role.
    expect(
      fires(
        { triggers: [{ concept: 'lateness', weight: 1.5, whose: 'any' }] },
        'The opening of your new store got pushed back.',
      ),
    ).toBe(true);
  });

  it('repeats of one concept count less than two concepts', () => {
    const one =
      run(
        { triggers: [{ concept: 'lateness' }, { concept: 'own-error' }] },
        'A delay, and another delay.',
      ).suggestions[0]?.score ?? 0;
    const two =
      run(
        { triggers: [{ concept: 'lateness' }, { concept: 'own-error' }] },
        'A delay, and our mistake.',
      ).suggestions[0]?.score ?? 0;
    expect(two).toBeGreaterThan(one);
  });

  it('`with` counts a signal only in a sentence where the other concept occurs', () => {
    const signals = { triggers: [{ concept: 'person-judgement', weight: 1.5, with: 'colleague' }] };
    expect(fires(signals, 'Honestly, our night shift is hopeless.')).toBe(true);
    expect(fires(signals, 'The weather was hopeless. Our night shift did fine.')).toBe(false);
    expect(fires(signals, 'Our night shift is not hopeless.')).toBe(false);
  });

  it('a suppressor with reach "text" silences the principle in the whole text', () => {
    const signals = {
      triggers: [{ match: 'kW' }],
      suppressors: [{ match: 'as requested', reach: 'text' as const }],
    };
    expect(fires(signals, 'Motor: 7.5 kW.')).toBe(true);
    expect(fires(signals, 'As requested, the data.\n\nMotor: 7.5 kW.')).toBe(false);
  });

  it('scope decides where a signal counts: own words, the quoted message, or both', () => {
    const reply =
      'Thanks, noted.\n\nOn Tue, 14 Apr 2026 at 11:03, Tom <t@example.com> wrote:\n> You idiots shouted at me.';
    const own = run({ triggers: [{ concept: 'abuse', weight: 1.5 }] }, reply);
    expect(own.suggestions).toEqual([]);
    expect(own.replyTo).toEqual([]);
    const quoted = run({ triggers: [{ concept: 'abuse', weight: 1.5, scope: 'reply' }] }, reply);
    expect(quoted.suggestions).toEqual([]);
    expect(quoted.replyTo.map((s) => s.id)).toEqual(['x']);
    expect(quoted.replyTo[0]?.evidence.map((e) => reply.slice(e.start, e.end))).toEqual([
      'idiots',
      'shouted at',
    ]);
  });
});

describe('concepts in packs', () => {
  const withSignal = (signal: Record<string, unknown>) => ({
    schemaVersion: 1,
    id: 'p',
    name: 'p',
    version: '1.0.0',
    principles: [
      principle('x', {
        en: { triggers: [signal as Signal] },
        de: { triggers: [signal as Signal] },
      }),
    ],
  });

  it('accepts a known concept and the role options', () => {
    const result = validatePack(
      withSignal({
        concept: 'lateness',
        weight: 2,
        scope: 'both',
        whose: 'any',
        claim: false,
        with: 'own-error',
      }),
    );
    expect(result.ok).toBe(true);
  });

  it('rejects an unknown concept, naming the known ones', () => {
    const result = validatePack(withSignal({ concept: 'latenes' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toContain(
      '$.principles[0].signals.en.triggers[0].concept',
    );
    expect(result.errors[0]?.message).toMatch(
      /unknown concept 'latenes' \(did you mean 'lateness'\?\); concepts: .*own-error/,
    );
    expect(validatePack(withSignal({ concept: 'lateness', with: 'nope' })).ok).toBe(false);
    expect(validatePack(withSignal({ concept: 'lateness', match: 'x' })).ok).toBe(false);
    expect(validatePack(withSignal({ concept: 'lateness', scope: 'quoted' })).ok).toBe(false);
  });

  it('every bundled concept is valid as the signals of a principle, in both languages', () => {
    for (const [id, concept] of Object.entries(CONCEPTS)) {
      expect(concept.description.length, id).toBeGreaterThan(20);
      const signals = { en: concept.signals.en, de: concept.signals.de };
      const result = validatePack({
        ...withSignal({ match: 'x' }),
        principles: [principle(id, signals as never)],
      });
      expect(result.ok ? [] : result.errors, id).toEqual([]);
      expect(concept.signals.en?.triggers.length, id).toBeGreaterThan(0);
      expect(concept.signals.de?.triggers.length, id).toBeGreaterThan(0);
    }
  });
});

describe('concept ids', () => {
  it('the id list validation uses is exactly the bundled concepts', async () => {
    const { CONCEPT_IDS } = await import('../../../src/data/concept-ids');
    expect([...CONCEPT_IDS].sort()).toEqual(Object.keys(CONCEPTS).sort());
  });
});
