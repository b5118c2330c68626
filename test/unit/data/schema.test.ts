import { describe, expect, it } from 'vitest';
import { parsePackJson, validateBundledPack, validatePack } from '../../../src/data/schema';

/** A minimal valid pack; tests break one thing at a time, so it is deliberately untyped. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function validPack(): any {
  const text = {
    title: 'Own it',
    summary: 'Say what went wrong.',
    why: 'Trust.',
    tryThis: ['We missed the date.'],
  };
  return {
    schemaVersion: 1,
    id: 'team-pack',
    name: 'Team pack',
    version: '1.2.0',
    principles: [
      {
        id: 'own-it',
        category: 'service',
        contexts: ['email', 'crm'],
        source: { type: 'practice', title: 'Common practice' },
        text: { en: text, de: { ...text, title: 'Dazu stehen' } },
        signals: {
          en: {
            triggers: [{ match: 'delay' }, { regex: 'missed (?:the|our) deadline', weight: 2 }],
            suppressors: [{ match: 'on time' }],
          },
          de: { triggers: [{ match: 'Verzögerung' }] },
        },
        examples: {
          en: { positive: ['A delay.'], negative: ['On time.'] },
          de: { positive: ['Eine Verzögerung.'], negative: ['Pünktlich.'] },
        },
      },
    ],
  };
}

function errorsOf(pack: unknown, bilingual = false): string[] {
  const result = validatePack(pack, { requireBilingual: bilingual });
  return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
}

describe('validatePack', () => {
  it('accepts a valid pack and returns it typed', () => {
    const result = validatePack(validPack());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.principles[0]?.id).toBe('own-it');
    expect(validateBundledPack(validPack()).ok).toBe(true);
  });

  it('rejects what is not a pack at all', () => {
    expect(errorsOf(null)).toEqual(['$: must be an object (got null)']);
    expect(errorsOf([])[0]).toBe('$: must be an object (got an array)');
  });

  it('reports a wrong schemaVersion with the supported versions', () => {
    expect(errorsOf({ ...validPack(), schemaVersion: 2 })).toEqual([
      '$.schemaVersion: unsupported schemaVersion 2; supported: 1',
    ]);
  });

  it('reports every problem with its JSON path', () => {
    const pack = validPack();
    pack.extra = true;
    pack.version = '1.0';
    const principle = pack.principles[0];
    principle.category = 'sales-ish';
    principle.contexts = ['mail'];
    delete principle.source.title;
    principle.text.fr = principle.text.en;
    principle.signals.de.triggers[0] = { match: 'x', regex: '(a' };
    principle.signals.en.triggers.push(
      { regex: 'a*' },
      { mtach: 'y' },
      { match: 'fo*o', weight: 5 },
      { regex: 'x', exact: true },
    );
    pack.principles.push({ ...validPack().principles[0] });
    expect(errorsOf(pack)).toEqual([
      "$.extra: unknown key 'extra'; allowed: schemaVersion, id, name, version, description, principles",
      '$.principles[0].category: must be one of marketing, service, sales, communication, ethics, crm (got "sales-ish")',
      '$.principles[0].contexts[0]: must be one of email, crm, any (got "mail")',
      '$.principles[0].signals.de.triggers[0]: either match, regex or concept, not match and regex',
      '$.principles[0].signals.de.triggers[0].regex: regex is not valid RE2: missing closing ): `(a`',
      '$.principles[0].signals.en.triggers[2].regex: regex matches empty text; it must match at least one character',
      '$.principles[0].signals.en.triggers[3]: needs one of match, regex or concept',
      "$.principles[0].signals.en.triggers[3].mtach: unknown key 'mtach' (did you mean 'match'?)",
      '$.principles[0].signals.en.triggers[4].match: "*" may only end a word ("fo*o")',
      '$.principles[0].signals.en.triggers[4].weight: must be at most 3',
      '$.principles[0].signals.en.triggers[5].exact: exact applies only to match',
      '$.principles[0].source.title: is required but missing',
      "$.principles[0].text.fr: unknown language 'fr'; supported: en, de",
      "$.principles[1].id: duplicate principle id 'own-it' (also at $.principles[0])",
      '$.version: must be a semantic version like 1.2.0',
    ]);
  });

  it('rejects regex syntax RE2 does not support (backreferences, lookaround)', () => {
    const pack = validPack();
    pack.principles[0].signals.en.triggers = [{ regex: '(a)\\1' }, { regex: '(?=x)y' }];
    expect(errorsOf(pack)).toEqual([
      '$.principles[0].signals.en.triggers[0].regex: regex is not valid RE2: invalid escape sequence: `\\1`',
      '$.principles[0].signals.en.triggers[1].regex: regex is not valid RE2: invalid or unsupported Perl syntax: `(?=`',
    ]);
  });

  it('checks ids, weights, empty texts and short prefixes', () => {
    const pack = validPack();
    pack.id = 'Team Pack';
    pack.principles[0].text.en.title = '  ';
    pack.principles[0].text.en.tryThis = [];
    pack.principles[0].signals.en.triggers = [{ match: 'ab*', weight: 0 }, { match: '!!' }];
    expect(errorsOf(pack)).toEqual([
      '$.id: must be kebab-case: a-z, 0-9 and single dashes',
      '$.principles[0].signals.en.triggers[0].match: a prefix before "*" needs at least 3 letters ("ab*")',
      '$.principles[0].signals.en.triggers[0].weight: must be at least 0.1',
      '$.principles[0].signals.en.triggers[1].match: must contain at least one word',
      '$.principles[0].text.en.title: must not be empty',
      '$.principles[0].text.en.tryThis: must have at least 1 entry',
    ]);
  });

  it('requires signals for every language with text, and some text', () => {
    const pack = validPack();
    delete pack.principles[0].signals.de;
    expect(errorsOf(pack)).toEqual([
      '$.principles[0].signals.de: is missing: the principle has text in de',
    ]);
    pack.principles[0].text = {};
    expect(errorsOf(pack)).toEqual(['$.principles[0].text: needs text in en or de']);
  });

  it('requires English and German text, signals and examples for the bundled pack', () => {
    const pack = validPack();
    delete pack.principles[0].text.de;
    delete pack.principles[0].signals.de;
    pack.principles[0].examples.en.negative = [];
    delete pack.principles[0].examples.de;
    expect(errorsOf(pack)).toEqual([]);
    expect(errorsOf(pack, true)).toEqual([
      '$.principles[0].examples.de: is required in the bundled pack (positive and negative examples)',
      '$.principles[0].examples.en.negative: needs at least one example in the bundled pack',
      '$.principles[0].signals.de: is required in the bundled pack (en and de)',
      '$.principles[0].text.de: is required in the bundled pack (en and de)',
    ]);
  });

  it('reports wrong types with what was received', () => {
    const pack = validPack();
    pack.principles[0].signals.en.triggers[0].weight = 'heavy';
    pack.principles[0].signals.en.triggers[0].exact = 'yes';
    pack.principles = pack.principles[0];
    expect(errorsOf(pack)).toEqual(['$.principles: must be an array (got an object)']);
  });
});

describe('parsePackJson', () => {
  it('parses valid JSON, also with a byte-order mark', () => {
    expect(parsePackJson('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it.each([
    [
      '{\n  "a": 1,\n  "b" 2\n}',
      'invalid JSON at line 3, column 7: expected \':\' after the property name, found "2"',
    ],
    [
      '{"a": [1,2',
      "invalid JSON at line 1, column 11: expected ',' or ']' after an array element, found end of file",
    ],
    [
      '{"a":1,}',
      'invalid JSON at line 1, column 8: expected another property after the comma (trailing commas are not allowed), found "}"',
    ],
    [
      "{'a':1}",
      'invalid JSON at line 1, column 2: expected a property name in double quotes, found "\'"',
    ],
    ['', 'the file is empty; expected a JSON pack object'],
  ])('explains %j', (text, message) => {
    expect(parsePackJson(text)).toEqual({ ok: false, message });
  });
});

describe('validatePack: keys that reach the prototype, and limits', () => {
  it('rejects __proto__, constructor and prototype everywhere, naming the key and its path', () => {
    // JSON.parse makes "__proto__" an own key, as a pack file read from disk has it.
    const pack = JSON.parse(
      JSON.stringify(validPack())
        .replace('{"schemaVersion"', '{"__proto__":{"polluted":true},"schemaVersion"')
        .replace('"category":"service"', '"constructor":"x","category":"service"')
        .replace('{"match":"delay"}', '{"match":"delay","prototype":1}'),
    );
    expect(errorsOf(pack)).toEqual([
      "$.__proto__: key '__proto__' is not allowed",
      "$.principles[0].constructor: key 'constructor' is not allowed",
      "$.principles[0].signals.en.triggers[0].prototype: key 'prototype' is not allowed",
    ]);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('names an unknown key that shares a name with an Object method as unknown', () => {
    const pack = validPack();
    pack.principles[0].toString = 'x';
    expect(errorsOf(pack)).toEqual([
      "$.principles[0].toString: unknown key 'toString'; allowed: id, category, contexts, source, text, signals, examples",
    ]);
  });

  it("limits triggers per principle and the pack's pattern size, with a clear message", () => {
    const many = validPack();
    many.principles[0].signals.en.triggers = Array.from({ length: 501 }, (_, i) => ({
      match: `w${i}`,
    }));
    expect(errorsOf(many)).toEqual([
      '$.principles[0].signals.en.triggers: must have at most 500 entries (got more)',
    ]);
    const big = validPack();
    big.principles = Array.from({ length: 11 }, (_, i) => ({
      ...validPack().principles[0],
      id: `own-it-${i}`,
      signals: {
        ...validPack().principles[0].signals,
        en: {
          triggers: Array.from({ length: 500 }, (_, j) => ({ match: `${'a'.repeat(190)}${j}` })),
        },
      },
    }));
    expect(errorsOf(big)).toEqual([
      '$.principles: the patterns of the pack hold 1060411 characters; at most 1000000 are allowed',
    ]);
  });
});
