/** Every interface string exists in English and in German, across every locale file. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = resolve(import.meta.dirname, '../../../_locales');
const LANGUAGES = ['en', 'de'] as const;

/** Every key of one language with the file that defines it. */
function keysOf(lang: string): Map<string, string> {
  const keys = new Map<string, string>();
  const dir = join(LOCALES, lang);
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const messages = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<
      string,
      { message?: unknown }
    >;
    for (const [key, value] of Object.entries(messages)) {
      expect(typeof value.message, `${lang}/${file}: "${key}" has no message`).toBe('string');
      keys.set(key, file);
    }
  }
  return keys;
}

describe('locale files', () => {
  it('has the same locale folders as Maxim speaks', () => {
    expect(readdirSync(LOCALES).sort()).toEqual([...LANGUAGES].sort());
  });

  it('defines every key in both English and German, in the file of the same name', () => {
    const en = keysOf('en');
    const de = keysOf('de');
    const onlyEn = [...en.keys()]
      .filter((key) => !de.has(key))
      .map((key) => `${key} (en/${en.get(key)})`);
    const onlyDe = [...de.keys()]
      .filter((key) => !en.has(key))
      .map((key) => `${key} (de/${de.get(key)})`);
    expect(onlyEn, 'missing in German').toEqual([]);
    expect(onlyDe, 'missing in English').toEqual([]);
    const movedFiles = [...en.entries()].filter(
      ([key, file]) => de.has(key) && de.get(key) !== file,
    );
    expect(movedFiles).toEqual([]);
  });

  it('uses the same substitutions ($1…$9) in both languages', () => {
    const read = (lang: string) => {
      const all: Record<string, string> = {};
      for (const file of readdirSync(join(LOCALES, lang)).filter((n) => n.endsWith('.json'))) {
        const messages = JSON.parse(readFileSync(join(LOCALES, lang, file), 'utf8')) as Record<
          string,
          { message: string }
        >;
        for (const [key, value] of Object.entries(messages)) all[key] = value.message;
      }
      return all;
    };
    const en = read('en');
    const de = read('de');
    const placeholders = (text: string) => [...new Set(text.match(/\$\d/g) ?? [])].sort().join(' ');
    const differing = Object.keys(en).filter(
      (key) => key in de && placeholders(en[key]!) !== placeholders(de[key]!),
    );
    expect(differing).toEqual([]);
  });
});
