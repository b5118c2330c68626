import { describe, expect, it } from 'vitest';
import { analyze, listPrinciples } from '../../../src/engine';
import type { AnalyzeOptions } from '../../../src/engine/types';
import { pack, principle, testPack } from './test-pack';

const run = (text: string, options: Partial<AnalyzeOptions> = {}) =>
  analyze(text, { packs: [testPack], ...options });
const ids = (text: string, options: Partial<AnalyzeOptions> = {}) =>
  run(text, options).suggestions.map((s) => s.id);

describe('analyze: matching', () => {
  it('fires on inflections of a word (stemming)', () => {
    expect(ids('Our shipments were delayed.')).toEqual(['own-mistakes']);
    expect(ids('Delays again, sorry.')).toEqual(['own-mistakes']);
  });

  it('matches phrases as word sequences, regexes case-insensitively', () => {
    const [suggestion] = run('It was Beyond Our Control and we MISSED THE DEADLINE.').suggestions;
    expect(suggestion?.evidence.map((e) => e.text)).toEqual([
      'Beyond Our Control',
      'MISSED THE DEADLINE',
    ]);
  });

  it('does not match a phrase across a sentence or clause mark', () => {
    expect(ids('It was beyond our. Control is ours.')).toEqual([]);
    expect(ids('beyond our, control')).toEqual([]);
  });

  it('matches a trailing * as prefix and exact words literally', () => {
    expect(ids('A revolutionary product.')).toEqual(['results']);
    expect(ids('The best one, we guarantee it.')).toEqual(['results']);
    expect(run('the bests', { settings: { sensitivity: 1 } }).suggestions).toEqual([]);
  });

  it('matches German compounds by their last word, not look-alikes', () => {
    expect(ids('Es gibt eine Verzögerung.', { language: 'de' })).toEqual(['own-mistakes']);
    const compound = run('Leider gibt es eine Lieferverzögerung.', { language: 'de' });
    expect(compound.suggestions.map((s) => s.id)).toEqual(['own-mistakes']);
    expect(compound.suggestions[0]?.evidence[0]?.text).toBe('Lieferverzögerung');
    expect(ids('Die Lieferverzögerungen ärgern uns.', { language: 'de' })).toEqual([
      'own-mistakes',
    ]);
    const fehler = pack('f', [principle('errors', { de: { triggers: [{ match: 'Fehler' }] } })]);
    expect(
      analyze('Ein Systemfehler.', { packs: [fehler], language: 'de' }).suggestions,
    ).toHaveLength(1);
    expect(
      analyze('Meine Empfehlung: warten.', { packs: [fehler], language: 'de' }).suggestions,
    ).toHaveLength(0);
    // A verb prefix is no compound head: "empfehle" is not "emp" + "Fehler".
    for (const text of ['Ich empfehle Variante B.', 'Das war eine Verfehlung.'])
      expect(analyze(text, { packs: [fehler], language: 'de' }).suggestions, text).toHaveLength(0);
    expect(
      analyze('Ein Pickfehler im Lager.', { packs: [fehler], language: 'de' }).suggestions,
    ).toHaveLength(1);
  });

  it('gives evidence spans that slice the input exactly, after emoji and CRLF', () => {
    const text = '😀👍🏽 Hi,\r\n\r\nsorry for the 𝒳 delay 🙏, it was beyond our control.\r\nBest';
    const analysis = run(text);
    const evidence = analysis.suggestions.flatMap((s) => s.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(evidence.map((e) => e.text)).toContain('beyond our control');
  });

  it('merges overlapping evidence and sorts it by position', () => {
    const overlapping = pack('o', [
      principle('p', {
        en: {
          triggers: [{ match: 'missed the' }, { regex: 'the deadline' }, { match: 'deadline' }],
        },
      }),
    ]);
    const [s] = analyze('We missed the deadline today.', { packs: [overlapping] }).suggestions;
    expect(s?.evidence).toEqual([{ start: 3, end: 22, text: 'missed the deadline' }]);
  });
});

describe('analyze: negation and suppressors', () => {
  it.each([
    'There is no delay.',
    'We have not seen any delays.',
    "We won't delay it.",
    'Never delayed so far.',
  ])('English negation: %s', (text) => expect(ids(text, { language: 'en' })).toEqual([]));

  it.each([
    'Es gibt keine Verzögerung.',
    'Es gab keinerlei Verzögerung.',
    'Die Lieferung kommt ohne Verzögerung.',
    'Die Lieferung verspätet sich nicht.',
    'Die Lieferung ist nie verspätet.',
    'Wir haben niemanden mit Verzögerung beliefert.',
  ])('German negation: %s', (text) => expect(ids(text, { language: 'de' })).toEqual([]));

  it('keeps a trigger when the negation belongs to another clause or comes after a noun', () => {
    expect(ids('No, there is a delay.', { language: 'en' })).toEqual(['own-mistakes']);
    expect(ids('Not today, but the delay is real.', { language: 'en' })).toEqual(['own-mistakes']);
    expect(ids('Die Verzögerung ärgert mich nicht.', { language: 'de' })).toEqual(['own-mistakes']);
  });

  it('cancels triggers with a suppressor in the same sentence only', () => {
    expect(ids('Despite the delay we delivered on time.')).toEqual([]);
    expect(ids('There was a delay. The rest came on time.')).toEqual(['own-mistakes']);
  });
});

describe('analyze: settings, context, packs', () => {
  it('scores in [0, 1], more evidence scores higher, best first', () => {
    const one = run('A delay.').suggestions[0]?.score ?? 0;
    const three =
      run('A delay, beyond our control; we missed the deadline.').suggestions[0]?.score ?? 0;
    expect(one).toBeGreaterThan(0);
    expect(three).toBeGreaterThan(one);
    expect(three).toBeLessThanOrEqual(1);
    const text = 'A revolutionary delay, beyond our control.';
    const ranked = run(text, { settings: { relativeCutoff: 0 } }).suggestions;
    expect(ranked.map((s) => s.id)).toEqual(['own-mistakes', 'results']);
    // By default a side match far weaker than the best one is left out.
    const [best, side] = ranked;
    expect((side?.score ?? 1) / (best?.score ?? 1)).toBeLessThan(0.6);
    expect(ids(text)).toEqual(['own-mistakes']);
  });

  it('repeating one word counts less than distinct signals', () => {
    const repeated = run('delay delay delay delay').suggestions[0]?.score ?? 0;
    const distinct =
      run('delay, beyond our control, missed the deadline').suggestions[0]?.score ?? 0;
    expect(distinct).toBeGreaterThan(repeated);
  });

  it('applies sensitivity globally and per principle', () => {
    const weak = 'Simply the best.'; // one exact signal of weight 0.5
    expect(ids(weak)).toEqual([]);
    expect(ids(weak, { settings: { sensitivity: 1 } })).toEqual(['results']);
    expect(
      ids(weak, { settings: { sensitivity: 0, principleSensitivity: { results: 1 } } }),
    ).toEqual(['results']);
    expect(ids('A delay.', { settings: { sensitivity: 0 } })).toEqual([]);
  });

  it('never returns disabled principles', () => {
    expect(ids('A delay, we guarantee it.', { settings: { disabled: ['own-mistakes'] } })).toEqual([
      'results',
    ]);
  });

  it('weighs down principles whose contexts do not include the given context', () => {
    const email = run('We guarantee it.', { context: 'email' }).suggestions[0]?.score ?? 0;
    const crm = run('We guarantee it, guaranteed.', {
      context: 'crm',
      settings: { sensitivity: 1 },
    }).suggestions[0];
    expect(ids('We guarantee it.', { context: 'crm' })).toEqual([]);
    expect(ids('We guarantee it.', { context: 'any' })).toEqual(['results']);
    expect(crm?.score).toBeLessThan(email * 1.5);
  });

  it('lets later packs override principles with the same id', () => {
    const override = pack('team', [
      principle('own-mistakes', { en: { triggers: [{ match: 'oops' }] } }),
    ]);
    expect(analyze('A delay.', { packs: [testPack, override] }).suggestions).toEqual([]);
    expect(analyze('Oops.', { packs: [testPack, override] }).suggestions.map((s) => s.id)).toEqual([
      'own-mistakes',
    ]);
    expect(listPrinciples([testPack, override]).map((p) => p.id)).toEqual([
      'own-mistakes',
      'results',
    ]);
    expect(listPrinciples([testPack, override])[0]?.signals.en?.triggers[0]?.match).toBe('oops');
  });

  it('attaches the principle and keeps every suggestion explainable', () => {
    for (const s of run('A revolutionary delay.').suggestions) {
      expect(s.principle.id).toBe(s.id);
      expect(s.evidence.length).toBeGreaterThan(0);
    }
  });
});

describe('analyze: languages', () => {
  it('detects the language of the text', () => {
    expect(run('Die Lieferung hat leider eine Verzögerung.').language).toBe('de');
    expect(run('Sorry for the delay with your order.').language).toBe('en');
  });

  it('matches each part of a mixed text in its own language', () => {
    const text =
      'Sorry for the delay with your order.\n\nDie Lieferung hat sich leider verspätet, das tut uns leid.';
    const [s] = run(text).suggestions;
    expect(s?.evidence.map((e) => e.text)).toEqual(['delay', 'verspätet']);
  });

  it('uses the given language for the whole text', () => {
    expect(ids('Die Lieferung hat eine Verzögerung.', { language: 'en' })).toEqual([]);
  });

  it('returns nothing for empty or signal-free text', () => {
    expect(run('').suggestions).toEqual([]);
    expect(run('Hello there, how are you?').suggestions).toEqual([]);
  });
});
