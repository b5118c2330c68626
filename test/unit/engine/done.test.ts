import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { validatePack } from '../../../src/data/schema';
import { pack, principle } from './test-pack';

// A delay principle that knows what a good answer to a delay looks like.
const owning = pack('done-test', [
  principle('own-mistakes', {
    en: {
      triggers: [{ match: 'delay' }, { match: 'missed the date' }],
      done: [{ match: "that's on us" }, { match: 'new plan' }],
    },
    de: {
      triggers: [{ match: 'Verzögerung' }],
      done: [{ match: 'liegt an uns' }, { match: 'neuer Plan' }],
    },
  }),
  principle('other', { en: { triggers: [{ match: 'guarantee' }] } }),
]);

const run = (text: string) =>
  analyze(text, { packs: [owning], scorer: false, language: 'auto' }).suggestions;

describe('done: the draft already does what a principle asks', () => {
  it('marks a fired principle as done with the words that show it', () => {
    const text = "We missed the date, and that's on us. Here is the new plan: shipping Friday.";
    const [s] = run(text);
    expect(s?.id).toBe('own-mistakes');
    expect(s?.done?.map((e) => e.text)).toEqual(["that's on us", 'new plan']);
    for (const e of s?.done ?? []) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('leaves a principle open when nothing shows it is done', () => {
    const [s] = run('Sorry for the delay with your order.');
    expect(s?.id).toBe('own-mistakes');
    expect(s?.done).toBeUndefined();
  });

  it('never makes a principle fire on its own', () => {
    expect(run("Here is the new plan for the launch, that's on us to organise.")).toEqual([]);
  });

  it('does not count a negated sign or one in the quoted message', () => {
    expect(run('There is a delay and we have no new plan yet.')[0]?.done).toBeUndefined();
    const reply = 'There is a delay on our side.\n\nOn Mon, Ana wrote:\n> What is the new plan?';
    expect(run(reply)[0]?.done).toBeUndefined();
  });

  it('works in German, for the principle whose signs they are', () => {
    const [s] = run('Die Verzögerung liegt an uns. Neuer Plan: Versand am Freitag.');
    expect(s?.done?.map((e) => e.text)).toEqual(['liegt an uns', 'Neuer Plan']);
    const both = run(
      'Die Verzögerung tut uns leid. Wir garantieren nichts, aber neuer Plan folgt.',
    );
    expect(both.find((x) => x.id === 'other')).toBeUndefined();
  });

  it('validates done signals like triggers (a bad regex is reported with its path)', () => {
    const bad = structuredClone(owning);
    bad.principles[0]!.signals.en!.done = [{ regex: '(a' }];
    const result = validatePack(bad);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => e.path)).toContain(
        '$.principles[0].signals.en.done[0].regex',
      );
  });
});
