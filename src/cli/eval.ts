/**
 * `eval`: relevance on the labelled cases in test/eval/cases/*.jsonl, per language, for the
 * engine and for a BM25 baseline (MiniSearch) side by side. Exits 1 when the engine misses a
 * target (recall@3 >= 90 %, precision@3 >= 90 %, neutral false positives <= 5 %), listing the
 * first failing cases so authors can fix data or engine.
 *
 * Each case: {"id", "text", "lang": "en"|"de"|"mixed", "context": "email"|"crm", "expect": [ids], "kind"?}.
 * The engine runs with language "auto" (as in the extension) and the case's context.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { corePack } from '../data/principles';
import { analyze } from '../engine';
import type { Context } from '../engine/types';
import { parseCommandLine, readInput, runCommand, UsageError } from './cli-common';
import {
  type Figures,
  figures,
  missedTargets,
  type Outcome,
  percent,
  SEED_IDS,
} from './eval-metrics';
import { BASELINE_CUTOFF, createBaseline } from './minisearch-baseline';

const DEFAULT_CASES = join(import.meta.dirname, '../../test/eval/cases');
const LANGS = ['en', 'de', 'mixed'] as const;
const CONTEXTS = ['email', 'crm', 'any'] as const;
const MAX_LISTED = 20;

interface Case {
  id: string;
  text: string;
  lang: (typeof LANGS)[number];
  context: Context;
  expect: string[];
  kind?: string;
  where: string;
}

interface Result {
  case: Case;
  engine: Outcome & { scores: number[] };
  baseline: Outcome;
}

function fail(where: string, message: string): never {
  throw new UsageError(`${where}: ${message}`);
}

function parseCase(line: string, where: string, known: ReadonlySet<string>): Case {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(line) as Record<string, unknown>;
  } catch {
    fail(where, 'invalid JSON');
  }
  if (typeof raw !== 'object' || raw === null) fail(where, 'expected a JSON object');
  const { id, text, lang, context, expect, kind } = raw;
  if (typeof id !== 'string' || typeof text !== 'string')
    fail(where, '"id" and "text" must be strings');
  if (!LANGS.includes(lang as Case['lang']))
    fail(where, `"lang" must be one of ${LANGS.join(', ')}`);
  if (!CONTEXTS.includes(context as Context))
    fail(where, `"context" must be one of ${CONTEXTS.join(', ')}`);
  if (!Array.isArray(expect) || !expect.every((e) => typeof e === 'string'))
    fail(where, '"expect" must be an array of ids');
  const unknown = (expect as string[]).filter((e) => !known.has(e));
  if (unknown.length > 0) fail(where, `unknown principle id(s) in "expect": ${unknown.join(', ')}`);
  return {
    id,
    text,
    lang: lang as Case['lang'],
    context: context as Context,
    expect: expect as string[],
    kind: kind as string | undefined,
    where,
  };
}

function loadCases(folder: string): Case[] {
  let files: string[];
  try {
    files = readdirSync(folder)
      .filter((f) => f.endsWith('.jsonl'))
      .sort();
  } catch {
    throw new UsageError(`cannot read cases folder ${folder}`);
  }
  if (files.length === 0) throw new UsageError(`no *.jsonl case files in ${folder}`);
  const known = new Set(corePack.principles.map((p) => p.id));
  return files.flatMap((file) =>
    readInput(join(folder, file))
      .split(/\r?\n/)
      .flatMap((line, i) =>
        line.trim() === '' ? [] : [parseCase(line, `${file}:${i + 1}`, known)],
      ),
  );
}

function evaluate(cases: readonly Case[]): Result[] {
  const baseline = createBaseline(corePack.principles);
  return cases.map((c) => {
    const analysis = analyze(c.text, { packs: [corePack], language: 'auto', context: c.context });
    return {
      case: c,
      engine: {
        expect: c.expect,
        returned: analysis.suggestions.map((s) => s.id),
        scores: analysis.suggestions.map((s) => s.score),
      },
      baseline: { expect: c.expect, returned: baseline.suggest(c.text) },
    };
  });
}

function row(label: string, f: Figures): string {
  const c = f.counts;
  return (
    `${label.padEnd(22)}${String(f.cases).padStart(6)}  ` +
    `${percent(f.recall).padStart(8)} (${c.found}/${c.expected})`.padEnd(22) +
    `${percent(f.precision).padStart(8)} (${c.correctSeeds}/${c.returnedSeeds})`.padEnd(22) +
    `${percent(f.neutralFalsePositives).padStart(8)} (${c.neutralHit}/${c.neutral})`
  );
}

/** Why a case failed for the engine, or undefined when it passed. */
function failure(result: Result): string | undefined {
  const { expect, returned, scores } = result.engine;
  const top3 = returned.slice(0, 3);
  const shown = returned.map((id, i) => `${id} ${scores[i]?.toFixed(2)}`).join(', ') || 'nothing';
  const missing = expect.filter((id) => !top3.includes(id));
  const wrong = top3.filter((id) => SEED_IDS.includes(id) && !expect.includes(id));
  const neutralHit = expect.length === 0 && returned.some((id) => SEED_IDS.includes(id));
  if (missing.length === 0 && wrong.length === 0 && !neutralHit) return undefined;
  const problems = [
    missing.length > 0 ? `missed ${missing.join(', ')}` : '',
    wrong.length > 0 ? `unexpected ${wrong.join(', ')}` : '',
    neutralHit && wrong.length === 0 ? 'neutral text fired a seed principle' : '',
  ].filter(Boolean);
  return `${result.case.where} ${result.case.id} [${result.case.lang}${result.case.kind ? `/${result.case.kind}` : ''}]: ${problems.join('; ')}; got: ${shown}\n    "${result.case.text.replace(/\s+/g, ' ').slice(0, 160)}"`;
}

function main(argv: string[]): number {
  const { values } = parseCommandLine(argv, { cases: { type: 'string' } });
  const results = evaluate(loadCases(values.cases ?? DEFAULT_CASES));
  const header = `${'set'.padEnd(22)}${'cases'.padStart(6)}  ${'recall@3'.padEnd(22)}${'precision@3 (seeds)'.padEnd(22)}neutral FP`;
  const lines = [
    `Relevance on ${results.length} labelled cases (engine: language auto; baseline: MiniSearch BM25, cutoff ${BASELINE_CUTOFF})`,
    '',
    header,
  ];
  const missed: string[] = [];
  for (const lang of LANGS) {
    const subset = results.filter((r) => r.case.lang === lang);
    if (subset.length === 0) continue;
    const engine = figures(subset.map((r) => r.engine));
    lines.push(
      row(`${lang} engine`, engine),
      row(`${lang} MiniSearch`, figures(subset.map((r) => r.baseline))),
    );
    missed.push(...missedTargets(engine).map((m) => `${lang}: ${m}`));
  }
  lines.push(
    row('all engine', figures(results.map((r) => r.engine))),
    row('all MiniSearch', figures(results.map((r) => r.baseline))),
  );
  process.stdout.write(`${lines.join('\n')}\n`);
  const failures = results.map(failure).filter((f): f is string => f !== undefined);
  if (failures.length > 0) {
    process.stdout.write(
      `\n${failures.length} case(s) failing (first ${Math.min(MAX_LISTED, failures.length)}):\n`,
    );
    process.stdout.write(
      `${failures
        .slice(0, MAX_LISTED)
        .map((f) => `  ${f}`)
        .join('\n')}\n`,
    );
  }
  if (missed.length > 0) {
    process.stdout.write(`\nTargets missed: ${missed.join('; ')}\n`);
    return 1;
  }
  process.stdout.write('\nAll targets met.\n');
  return 0;
}

runCommand('eval', () => main(process.argv.slice(2)));
