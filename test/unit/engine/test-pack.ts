// Small inline packs for engine tests, independent of the bundled dataset.
import type { Pack, Principle, Signals } from '../../../src/data/types';

/** A principle with the given signals and contexts, minimal texts. */
export function principle(
  id: string,
  signals: { en?: Signals; de?: Signals },
  contexts: Principle['contexts'] = ['any'],
): Principle {
  const text = { title: id, summary: 's', why: 'w', tryThis: ['t'] };
  return {
    id,
    category: 'service',
    contexts,
    source: { type: 'practice', title: 'test' },
    text: { en: text, de: text },
    signals,
  };
}

/** A pack of principles. */
export function pack(id: string, principles: Principle[]): Pack {
  return { schemaVersion: 1, id, name: id, version: '1.0.0', principles };
}

/** A pack with a delay principle (words, phrase, regex, suppressor) and a promise principle. */
export const testPack = pack('test', [
  principle('own-mistakes', {
    en: {
      triggers: [
        { match: 'delay' },
        { match: 'beyond our control', weight: 1.5 },
        { regex: 'missed (?:the|our) deadline' },
      ],
      suppressors: [{ match: 'on time' }],
    },
    de: {
      triggers: [{ match: 'Verzögerung' }, { match: 'verspät*' }, { match: 'Lieferung verzögert' }],
    },
  }),
  principle(
    'results',
    {
      en: {
        triggers: [
          { match: 'guarantee' },
          { match: 'revolution*' },
          { match: 'best', exact: true, weight: 0.5 },
        ],
      },
      de: { triggers: [{ match: 'garantieren' }, { match: 'revolutionär', exact: true }] },
    },
    ['email'],
  ),
]);
