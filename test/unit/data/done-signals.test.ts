// The bundled pack's done signals on test/eval/done.jsonl: realistic drafts and notes, each
// labelled with the principles it fires that are already done and those still open, near
// misses included (a draft that almost does it still needs the advice).
// These texts were written while writing the done signals and were used to tune them: the
// figures are in-sample for done detection, not a held-out measure. Only dn-en-81 to dn-en-90
// and dn-de-71 to dn-de-80 were labelled before the engine ran on them and not tuned on
// afterwards (their two misses stay).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { corePack } from '../../../src/data/principles';
import type { Context, Language } from '../../../src/data/types';
import { analyze } from '../../../src/engine';

interface DoneCase {
  id: string;
  text: string;
  lang: Language;
  context: Context;
  done: string[];
  open: string[];
}

const file = fileURLToPath(new URL('../../eval/done.jsonl', import.meta.url));
const cases: DoneCase[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as DoneCase);

const LANGUAGES: Language[] = ['en', 'de'];
const MIN_PRECISION = 0.95;
const MIN_RECALL = 0.8;
const MIN_CASES = 40;

/** Principles with done signals in a language: recall is measured only for them. */
function withDone(language: Language): Set<string> {
  return new Set(
    corePack.principles
      .filter((p) => (p.signals[language]?.done?.length ?? 0) > 0)
      .map((p) => p.id),
  );
}

interface Figures {
  truePositives: number;
  predicted: number;
  labelled: number;
  falseDone: string[];
  missed: string[];
}

function measure(language: Language): Figures {
  const measured = withDone(language);
  const figures: Figures = {
    truePositives: 0,
    predicted: 0,
    labelled: 0,
    falseDone: [],
    missed: [],
  };
  for (const c of cases.filter((x) => x.lang === language)) {
    const suggestions = analyze(c.text, { packs: [corePack], context: c.context }).suggestions;
    const done = new Set(suggestions.filter((s) => s.done !== undefined).map((s) => s.id));
    for (const id of done) {
      figures.predicted++;
      if (c.done.includes(id)) figures.truePositives++;
      else figures.falseDone.push(`${c.id} ${id}`);
    }
    for (const id of c.done.filter((x) => measured.has(x))) {
      figures.labelled++;
      if (!done.has(id)) figures.missed.push(`${c.id} ${id}`);
    }
  }
  return figures;
}

describe('done signals of the bundled pack (test/eval/done.jsonl)', () => {
  it('has well-formed cases that name real principles', () => {
    const ids = new Set(corePack.principles.map((p) => p.id));
    const seen = new Set<string>();
    for (const c of cases) {
      expect(seen.has(c.id), `duplicate id ${c.id}`).toBe(false);
      seen.add(c.id);
      expect(LANGUAGES).toContain(c.lang);
      for (const id of [...c.done, ...c.open]) expect(ids.has(id), `${c.id}: ${id}`).toBe(true);
      expect(
        c.done.filter((id) => c.open.includes(id)),
        c.id,
      ).toEqual([]);
    }
  });

  for (const language of LANGUAGES) {
    it(`${language}: at least ${MIN_CASES} texts, done precision >= ${MIN_PRECISION}, recall >= ${MIN_RECALL}`, () => {
      const count = cases.filter((c) => c.lang === language).length;
      expect(count).toBeGreaterThanOrEqual(MIN_CASES);
      const f = measure(language);
      const precision = f.predicted === 0 ? 0 : f.truePositives / f.predicted;
      const recall = f.labelled === 0 ? 0 : (f.labelled - f.missed.length) / f.labelled;
      console.info(
        `done ${language}: ${count} texts, precision ${(precision * 100).toFixed(1)} % ` +
          `(${f.truePositives}/${f.predicted}), recall ${(recall * 100).toFixed(1)} % ` +
          `(${f.labelled - f.missed.length}/${f.labelled})` +
          (f.missed.length > 0 ? `; missed: ${f.missed.join(', ')}` : ''),
      );
      expect(
        precision,
        `marked done but still open: ${f.falseDone.join(', ')}`,
      ).toBeGreaterThanOrEqual(MIN_PRECISION);
      expect(recall, `done but not recognised: ${f.missed.join(', ')}`).toBeGreaterThanOrEqual(
        MIN_RECALL,
      );
    });
  }

  it('includes near misses: open cases of principles that have done signals', () => {
    for (const language of LANGUAGES) {
      const measured = withDone(language);
      const nearMisses = cases.filter(
        (c) => c.lang === language && c.open.some((id) => measured.has(id)),
      );
      expect(nearMisses.length).toBeGreaterThanOrEqual(20);
    }
  });
});
