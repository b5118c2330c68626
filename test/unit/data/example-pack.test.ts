import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../../../src/data/schema';
import { corePack } from '../../../src/data/principles';
import { analyze } from '../../../src/engine';
import type { Language, Pack } from '../../../src/data/types';

const example = JSON.parse(
  readFileSync(new URL('../../../docs/example-pack.json', import.meta.url), 'utf8'),
) as unknown;

describe('the example pack documented in the README', () => {
  it('is valid, bilingual', () => {
    const result = validatePack(example, { requireBilingual: true });
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('fires on its positive examples and stays silent on its negative ones, beside the core pack', () => {
    const pack = example as Pack;
    for (const principle of pack.principles) {
      for (const [lang, examples] of Object.entries(principle.examples ?? {})) {
        const ids = (text: string) =>
          analyze(text, { packs: [corePack, pack], language: lang as Language }).suggestions.map(
            (s) => s.id,
          );
        for (const text of examples.positive) expect(ids(text), text).toContain(principle.id);
        for (const text of examples.negative) expect(ids(text), text).not.toContain(principle.id);
      }
    }
  });
});
