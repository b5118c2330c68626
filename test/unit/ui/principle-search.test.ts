/**
 * The principle search finds a principle by what a rep would type: its signal words and the
 * situations of the concepts it uses, in English and German, German compounds included.
 */
import { describe, expect, it } from 'vitest';
import { corePack } from '../../../src/data/principles';
import type { Concept } from '../../../src/data/types';
import {
  compoundParts,
  createPrincipleSearch,
  patternWords,
} from '../../../src/ui/principle-search';

const search = createPrincipleSearch(corePack.principles);
/** The first few results, where a rep looks. */
const top = (query: string, n = 3) => (search.search(query) ?? []).slice(0, n);

describe('principle search by signal words and situations', () => {
  it.each([
    // English
    ['angry', 'consistent-standards'],
    ['delay', 'own-mistakes-openly'],
    ['discount', 'value-before-discount'],
    ['insult', 'part-with-toxic-customers'],
    ['colleague', 'trust-your-team'],
    ['shitstorm', 'loud-few-not-many'],
    ['guarantee', 'results-back-the-message'],
    // German, with and without umlauts, compounds and inflections
    ['Lieferverzögerung', 'own-mistakes-openly'],
    ['Lieferverzögerungen', 'own-mistakes-openly'],
    ['lieferverzogerung', 'own-mistakes-openly'],
    ['Rabatt', 'value-before-discount'],
    ['Sonderrabatt', 'value-before-discount'],
    ['wütend', 'loud-few-not-many'],
    ['Beleidigung', 'part-with-toxic-customers'],
    ['Kollege', 'trust-your-team'],
    ['Garantie', 'results-back-the-message'],
  ])('"%s" finds %s among the first three', (query, id) => {
    expect(top(query)).toContain(id);
  });

  it('finds a situation that lives only in a concept pattern ("angry" is no signal word)', () => {
    const words = corePack.principles.flatMap((p) =>
      [...(p.signals.en?.triggers ?? []), ...(p.signals.de?.triggers ?? [])].flatMap(
        (s) => s.match ?? [],
      ),
    );
    expect(words).not.toContain('angry');
    expect(top('angry', 10)).toEqual(expect.arrayContaining(['consistent-standards']));
  });

  it('still requires every word of the query', () => {
    expect(top('Rabatt zzqxj')).toEqual([]);
  });

  it('finds nothing for a word no principle knows, and no compound out of a plain word', () => {
    expect(top('zzqxj')).toEqual([]);
    expect(compoundParts('outage', new Set(['tage']))).toEqual(['outage']);
  });

  it('uses the concepts it is given (an own pack refers to concepts by id)', () => {
    const principle = {
      ...corePack.principles[0]!,
      id: 'own-one',
      signals: { en: { triggers: [{ concept: 'grumpy' }] } },
    };
    const concepts: Record<string, Concept> = {
      grumpy: {
        description: 'A customer who grumbles.',
        signals: { de: { triggers: [{ match: 'nörgelei' }, { regex: '\\bmeckern?\\b' }] } },
      },
    };
    const own = createPrincipleSearch([principle], (c) => [c], concepts);
    expect(own.search('Dauernörgelei')).toEqual(['own-one']);
    expect(own.search('meckern')).toEqual(['own-one']);
    expect(own.search('grumbles')).toEqual(['own-one']);
  });
});

describe('the words of a pattern and the parts of a compound', () => {
  it('takes the literal words of a pattern, not its escapes', () => {
    expect(patternWords('\\b(?:angry|furious)\\s+calls?\\b')).toEqual([
      'angry',
      'furious',
      'calls',
    ]);
    expect(patternWords('\\d+\\s?%\\s+(?:rabatt|nachlass)')).toEqual(['rabatt', 'nachlass']);
  });

  it('splits a compound at an indexed word of four letters or more, allowing an ending', () => {
    const vocabulary = new Set(['verzogerung', 'rabatt', 'lief']);
    expect(compoundParts('lieferverzogerungen', vocabulary)).toEqual([
      'lieferverzogerungen',
      'verzogerung',
    ]);
    expect(compoundParts('sonderrabatt', vocabulary)).toEqual(['sonderrabatt', 'rabatt']);
  });
});
