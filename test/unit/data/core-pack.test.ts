// The bundled pack is valid, bilingual, and carries every JSON file of its folder.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { corePack } from '../../../src/data/principles';
import { validateBundledPack } from '../../../src/data/schema';
import { SEED_PRINCIPLE_IDS } from '../../../src/data/seed-ids';

const folder = fileURLToPath(new URL('../../../src/data/principles/', import.meta.url));
const jsonFiles = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort();
const SEED_IDS = SEED_PRINCIPLE_IDS;

describe('bundled pack', () => {
  it('imports every JSON file in src/data/principles', () => {
    const imported = corePack.principles.map((p) => `${p.id}.json`).sort();
    const missing = jsonFiles.filter((file) => !imported.includes(file));
    expect(missing, 'add these files to src/data/principles/index.ts').toEqual([]);
  });

  it('names each file after the id inside it', () => {
    for (const file of jsonFiles) {
      const { id } = JSON.parse(readFileSync(`${folder}${file}`, 'utf8')) as { id: unknown };
      expect(`${String(id)}.json`, file).toBe(file);
    }
  });

  it('lists the nine seed principles first, in order', () => {
    expect(corePack.principles.slice(0, SEED_IDS.length).map((p) => p.id)).toEqual(SEED_IDS);
  });

  it('passes validateBundledPack (en and de text, signals and examples)', () => {
    const result = validateBundledPack(corePack);
    const errors = result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
    expect(errors).toEqual([]);
  });

  it('has at least 34 principles (9 seeds + 25 more)', () => {
    expect(corePack.principles.length).toBeGreaterThanOrEqual(34);
  });
});
