/**
 * `suggest`: which principles fit a text, with evidence.
 *
 *   suggest [--json] [--lang auto|en|de] [--context email|crm|any] [--pack FILE]... FILE|-
 *   suggest --batch CASES.jsonl        one JSON object per line in, one result line out
 */
import { corePack } from '../data/principles';
import type { Pack } from '../data/types';
import { analyze } from '../engine';
import type { Analysis, Context, Evidence } from '../engine/types';
import {
  loadPackFile,
  oneOf,
  parseCommandLine,
  readInput,
  runCommand,
  UsageError,
} from './cli-common';

const USAGE =
  'usage: suggest [--json] [--lang auto|en|de] [--context email|crm|any] [--pack FILE]... FILE|-  or  suggest --batch CASES.jsonl';
const LANGUAGES = ['auto', 'en', 'de'] as const;
const CONTEXTS = ['email', 'crm', 'any'] as const;

interface Request {
  text: string;
  language: (typeof LANGUAGES)[number];
  context: Context;
}

/** The JSON form of an analysis: scores rounded to two decimals, principle bodies left out. */
export function toJsonResult(analysis: Analysis): object {
  const spans = (list: readonly Evidence[]) =>
    list.map(({ start, end, text }) => ({ start, end, text }));
  const brief = ({ id, score, evidence, done }: Analysis['suggestions'][number]) => ({
    id,
    score: Math.round(score * 100) / 100,
    evidence: spans(evidence),
    // The draft already does what the principle asks: the words that show it.
    ...(done ? { done: spans(done) } : {}),
  });
  return {
    language: analysis.language,
    suggestions: analysis.suggestions.map(brief),
    // What the quoted message being answered calls for; `suggestions` holds only the rep's own words.
    replyTo: analysis.replyTo.map(brief),
  };
}

function table(analysis: Analysis): string {
  const reply =
    analysis.replyTo.length === 0
      ? ''
      : `in the message being replied to:\n${analysis.replyTo.map((s) => `  ${s.id}  ${s.score.toFixed(2)}  ${s.evidence.map((e) => `"${e.text.replace(/\s+/g, ' ')}" (${e.start}-${e.end})`).join(', ')}`).join('\n')}\n`;
  if (analysis.suggestions.length === 0)
    return `language: ${analysis.language}\nno principle fits this text\n${reply}`;
  const width = Math.max(...analysis.suggestions.map((s) => s.id.length), 9);
  const rows = analysis.suggestions.map((s) => {
    const evidence = s.evidence
      .map((e) => `"${e.text.replace(/\s+/g, ' ')}" (${e.start}-${e.end})`)
      .join(', ');
    const done = s.done
      ? `  done: ${s.done.map((e) => `"${e.text.replace(/\s+/g, ' ')}"`).join(', ')}`
      : '';
    return `${s.id.padEnd(width)}  ${s.score.toFixed(2)}  ${evidence}${done}`;
  });
  return `language: ${analysis.language}\n${'principle'.padEnd(width)}  score ${'evidence'}\n${rows.join('\n')}\n${reply}`;
}

function parseBatchLine(
  line: string,
  number: number,
  defaults: Omit<Request, 'text'>,
): Request & { id?: unknown } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new UsageError(`line ${number}: invalid JSON (${(error as Error).message})`);
  }
  if (
    typeof value !== 'object' ||
    value === null ||
    typeof (value as { text?: unknown }).text !== 'string'
  )
    throw new UsageError(`line ${number}: expected an object with a "text" string`);
  const record = value as { text: string; lang?: string; context?: string; id?: unknown };
  const language = record.lang === 'mixed' ? 'auto' : record.lang;
  return {
    id: record.id,
    text: record.text,
    language: oneOf(`line ${number}: "lang"`, language, LANGUAGES, defaults.language),
    context: oneOf(`line ${number}: "context"`, record.context, CONTEXTS, defaults.context),
  };
}

function main(argv: string[]): number {
  const { values, positionals } = parseCommandLine(argv, {
    json: { type: 'boolean' },
    lang: { type: 'string' },
    context: { type: 'string' },
    pack: { type: 'string', multiple: true },
    batch: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const defaults = {
    language: oneOf('--lang', values.lang, LANGUAGES, 'auto'),
    context: oneOf('--context', values.context, CONTEXTS, 'any'),
  };
  const packs: Pack[] = [corePack, ...(values.pack ?? []).map(loadPackFile)];
  const run = (request: Request) =>
    analyze(request.text, { packs, language: request.language, context: request.context });
  if (values.batch !== undefined) {
    if (positionals.length > 0)
      throw new UsageError(`--batch takes no FILE argument (got '${positionals[0]}')`);
    const lines = readInput(values.batch).split(/\r?\n/);
    const requests = lines.flatMap((line, i) =>
      line.trim() === '' ? [] : [parseBatchLine(line, i + 1, defaults)],
    );
    const out = requests.map((request) => {
      const result = toJsonResult(run(request));
      return JSON.stringify(request.id === undefined ? result : { id: request.id, ...result });
    });
    process.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '');
    return 0;
  }
  if (positionals.length === 0)
    throw new UsageError(`missing input FILE (or - for stdin); ${USAGE}`);
  if (positionals.length > 1)
    throw new UsageError(`expected one input FILE, got ${positionals.length}`);
  const analysis = run({ text: readInput(positionals[0] as string), ...defaults });
  process.stdout.write(
    values.json ? `${JSON.stringify(toJsonResult(analysis))}\n` : table(analysis),
  );
  return 0;
}

runCommand('suggest', () => main(process.argv.slice(2)));
