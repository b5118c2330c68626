/**
 * `npm run bench`: the engine's speed on 50 to 10,000-word texts in English and German, side by
 * side with harper.js linting the same texts and a MiniSearch (BM25) baseline matching the same
 * pack, plus typing into a 2,000-word text (incremental analyzer) and growth per 1,000 words.
 * Prints figures; asserts nothing. Targets (DESIGN 6): 300 words < 0.5 ms median, 10,000 < 20 ms.
 */
import { LocalLinter } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';
import { createBaseline } from '../src/cli/minisearch-baseline';
import { corePack } from '../src/data/principles';
import type { Language } from '../src/data/types';
import { analyze, createAnalyzer } from '../src/engine';
import { compilePacks } from '../src/engine/compile';
import { generateText, wordCount } from './texts';

const SIZES = [50, 300, 2000, 10000];
const LANGUAGES: Language[] = ['en', 'de'];

interface Timing {
  median: number;
  p95: number;
  runs: number;
}

function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), runs: sorted.length };
}

/** Times `fn` after warming up: as many runs as fit the budget, between `min` and `max`. */
async function time(fn: () => unknown, budgetMs: number, min = 5, max = 2000): Promise<Timing> {
  const warmUntil = performance.now() + budgetMs / 4;
  do await fn();
  while (performance.now() < warmUntil);
  const samples: number[] = [];
  const until = performance.now() + budgetMs;
  while ((samples.length < min || performance.now() < until) && samples.length < max) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

const ms = (value: number) =>
  value < 1 ? value.toFixed(3) : value < 100 ? value.toFixed(2) : value.toFixed(0);
const ratio = (a: number, b: number) => `${(a / b).toFixed(0)}x`;

async function main(): Promise<void> {
  const harper = new LocalLinter({ binary: binaryInlined });
  const setupStart = performance.now();
  await harper.setup();
  const harperSetup = performance.now() - setupStart;
  const baseline = createBaseline(corePack.principles);
  const rows: string[][] = [];
  const perThousand: Record<Language, string[]> = { en: [], de: [] };
  for (const language of LANGUAGES) {
    for (const size of SIZES) {
      const text = generateText(language, size);
      const words = wordCount(text);
      const engine = await time(
        () => analyze(text, { packs: [corePack], language: 'auto' }),
        1500,
        20,
      );
      const harperTime = await time(() => harper.lint(text), size >= 2000 ? 3000 : 1500, 3, 200);
      const mini = await time(() => baseline.search(text), 1000, 5);
      perThousand[language].push(`${words} words: ${ms((engine.median / words) * 1000)} ms`);
      rows.push([
        language,
        String(words),
        ms(engine.median),
        ms(engine.p95),
        String(engine.runs),
        ms(harperTime.median),
        ms(mini.median),
        ratio(harperTime.median, engine.median),
        ratio(mini.median, engine.median),
      ]);
    }
  }
  const header = [
    'lang',
    'words',
    'engine med',
    'engine p95',
    'runs',
    'harper med',
    'minisearch med',
    'harper/engine',
    'minisearch/engine',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ');
  console.log(
    `Maxim engine benchmark (${corePack.principles.length} principles, times in ms; harper.js setup ${ms(harperSetup)} ms, not counted)`,
  );
  console.log(
    'harper.js lints English only: the German rows show the time it spends on German text all the same.\n',
  );
  console.log(line(header));
  for (const row of rows) console.log(line(row));

  console.log('\nGrowth: engine median per 1,000 words (flat means linear)');
  for (const language of LANGUAGES)
    console.log(`  ${language}: ${perThousand[language].join(', ')}`);

  console.log(
    '\nIncremental: one character typed into a 2,000-word text (createAnalyzer, one paragraph re-matched)',
  );
  for (const language of LANGUAGES) {
    const base = generateText(language, 2000);
    const analyzer = createAnalyzer([corePack]);
    analyzer.analyze(base);
    const at = Math.floor(base.length / 2);
    let typed = '';
    const incremental = await time(
      () => {
        typed += 'e';
        return analyzer.analyze(base.slice(0, at) + typed + base.slice(at));
      },
      1500,
      50,
    );
    const full = await time(() => analyze(base, { packs: [corePack] }), 1000, 20);
    console.log(
      `  ${language}: median ${ms(incremental.median)} ms, p95 ${ms(incremental.p95)} ms (${incremental.runs} keystrokes); ` +
        `full analysis ${ms(full.median)} ms; ${analyzer.lastRun.matched} of ${analyzer.lastRun.matched + analyzer.lastRun.reused} paragraphs re-matched`,
    );
  }

  // Compile: the pack into both languages' tables, and the first analysis in each (which builds
  // the literal scanners and compiles the RE2 programs it needs).
  const compile = await time(
    () => {
      const tables = compilePacks([corePack]);
      return [tables.matchers.en, tables.matchers.de];
    },
    500,
    20,
  );
  const firstUse = await time(
    () => {
      const fresh = { ...corePack };
      return [
        analyze(generateText('en', 300), { packs: [fresh] }),
        analyze(generateText('de', 300), { packs: [fresh] }),
      ];
    },
    500,
    10,
  );
  console.log(
    `\nCompile of the bundled pack (both languages): median ${ms(compile.median)} ms; compile plus a first 300-word analysis in each language ${ms(firstUse.median)} ms`,
  );
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
