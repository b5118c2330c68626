// The regex tiers (phrase-only regexes via the literal scan, prefiltered regexes, the rest via
// an RE2 set) must find exactly the sentences a plain RE2 search finds.
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { corePack } from '../../../src/data/principles';
import type { Language } from '../../../src/data/types';
import { chainOf } from '../../../src/engine/regex-chain';
import { splitTopLevel, RegexMatcher, type Region } from '../../../src/engine/regex-matcher';
import { satisfied } from '../../../src/engine/regex-condition';
import { prefilterOf } from '../../../src/engine/regex-reader';
import { compileSignal, type CompiledSignal } from '../../../src/engine/signals';
import { tokenise } from '../../../src/engine/tokenise';
import { generateText } from '../../../bench/texts';

function regions(text: string): Region[] {
  const out: Region[] = [];
  for (const token of tokenise(text)) {
    if (out[token.sentence] !== undefined) continue;
    const previous = out[out.length - 1];
    if (previous !== undefined) previous.end = token.start;
    out.push({ start: out.length === 0 ? 0 : token.start, end: text.length });
  }
  return out.length > 0 ? out : [{ start: 0, end: text.length }];
}

/** (signal id, sentence) pairs a plain RE2 search finds, sentence by sentence. */
function naive(signals: CompiledSignal[], text: string): string[] {
  const found = new Set<string>();
  const compiled = signals.map((signal) => ({
    signal,
    regex: RE2JS.compile(signal.regex ?? '', RE2JS.CASE_INSENSITIVE),
  }));
  regions(text).forEach((region, sentence) => {
    const part = text.slice(region.start, region.end);
    for (const { signal, regex } of compiled)
      if (regex.test(part)) found.add(`${signal.id}:${sentence}`);
  });
  return [...found].sort();
}

function tiered(signals: CompiledSignal[], text: string): string[] {
  const hits = new RegexMatcher(signals).matches(text, regions(text), () => true);
  for (const hit of hits) expect(hit.end).toBeGreaterThan(hit.start);
  return [...new Set(hits.map((hit) => `${hit.signal.id}:${hit.sentence}`))].sort();
}

const INLINE = [
  '\\bdelay(?:ed|s)?\\b',
  '\\b(?:sorry|apologies)\\s+for\\s+the\\s+(?:delay|wait)',
  'verzög\\S*',
  '(?:entschuldig\\S*|sorry)[^.!?]{0,30}(?:störung|stören)',
  '\\bnever\\s+again\\b|\\bno\\s+more\\s+problems',
  '\\b\\d+\\s?(?:gb|tb)\\b',
  '\\bgame[- ]?chang(?:er|ing)',
  '^thanks',
  'colou?r',
  '(?i)Straße',
];

const TEXTS = [
  'Sorry for the delay. The parcel was delayed twice!  Sorry  for\nthe wait, it will never  again happen.',
  'Die Lieferverzögerung tut uns leid. Entschuldigen Sie die Störung, bitte. Verzögert sich alles?',
  'Thanks for the 64 GB model; a game-changer and a gamechanging colour. No more problems, thanks',
  'Die STRASSE und die Straße. thanks again. Thanks.',
];

describe('regex tiers', () => {
  it('split top-level alternatives, but not inside groups or classes', () => {
    expect(splitTopLevel('a|b(c|d)|[|]')).toEqual(['a', 'b(c|d)', '[|]']);
    expect(splitTopLevel('(?i)a|b')).toEqual(['(?i)a|b']);
    expect(splitTopLevel('a\\|b')).toEqual(['a\\|b']);
  });

  it('recognise phrase chains and required literals', () => {
    expect(chainOf('\\b(?:sorry|apologies)\\s+for\\b')).toEqual([
      { kind: 'phrases', phrases: ['\u0001sorry', '\u0001apologies'] },
      { kind: 'phrases', phrases: ['\u0002for\u0001'] },
    ]);
    expect(chainOf('verzög\\S*[^.!?]{0,30}(?:liefer|termin)')).toEqual([
      { kind: 'phrases', phrases: ['verzög\u0003'] },
      { kind: 'chars', min: 0, max: 30, excluded: '.!?', digits: false },
      { kind: 'phrases', phrases: ['liefer', 'termin'] },
    ]);
    expect(chainOf('\\bcalled\\s+(?:\\S+\\s+){0,2}names')?.[2]).toEqual({
      kind: 'words',
      min: 0,
      max: 2,
      unit: 'S',
    });
    // A chain needs a phrase to start from.
    expect(chainOf('\\d+ delays')).toBeUndefined();
    expect(chainOf('delays? of \\d+ days')?.[2]).toEqual({
      kind: 'chars',
      min: 1,
      max: Infinity,
      excluded: '',
      digits: true,
    });
    const condition = prefilterOf('(?:sorry|pardon)[^.!?]{0,30}(?:störung|stören)');
    expect(satisfied(condition, (l) => ['sorry', 'störung'].includes(l))).toBe(true);
    expect(satisfied(condition, (l) => ['sorry'].includes(l))).toBe(false);
  });

  it('find the same sentences as plain RE2 for inline patterns', () => {
    const signals = INLINE.map((regex, id) =>
      compileSignal({ regex }, { id, principle: 0, suppressor: false, language: 'en' }),
    );
    const compiled = signals.filter((s): s is CompiledSignal => s !== undefined);
    for (const text of TEXTS) expect(tiered(compiled, text), text).toEqual(naive(compiled, text));
  });

  for (const language of ['en', 'de'] as Language[]) {
    it(`find the same sentences as plain RE2 for every ${language} regex of the bundled pack`, () => {
      let id = 0;
      const signals: CompiledSignal[] = [];
      const texts: string[] = [...TEXTS, generateText(language, 1500, 3)];
      corePack.principles.forEach((principle, index) => {
        const s = principle.signals[language];
        for (const signal of [...(s?.triggers ?? []), ...(s?.suppressors ?? [])]) {
          if (signal.regex === undefined) continue;
          const compiled = compileSignal(signal, {
            id: id++,
            principle: index,
            suppressor: false,
            language,
          });
          if (compiled !== undefined) signals.push(compiled);
        }
        const examples = principle.examples?.[language];
        texts.push(
          ...(examples?.positive ?? []),
          ...(examples?.negative ?? []),
          ...(principle.text[language]?.tryThis ?? []),
        );
      });
      const all = texts.join('\n');
      expect(tiered(signals, all)).toEqual(naive(signals, all));
    });
  }

  it('keeps RE2 word-boundary semantics (ASCII word characters)', () => {
    const [signal] = [
      compileSignal(
        { regex: '\\bärger\\b' },
        { id: 0, principle: 0, suppressor: false, language: 'de' },
      ),
    ];
    const text = 'So ein ärger. Ärger!';
    expect(tiered([signal as CompiledSignal], text)).toEqual(
      naive([signal as CompiledSignal], text),
    );
    expect(RE2JS.compile('\\bärger', RE2JS.CASE_INSENSITIVE).test(' ärger')).toBe(false);
  });
});
