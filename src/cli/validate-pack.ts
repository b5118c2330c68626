/**
 * `validate-pack FILE`: checks a principle pack. Exit 0 when valid ("valid: N principles"),
 * 1 when invalid (every problem as `PATH: message`), 2 on bad usage or an unreadable file.
 * `--bilingual` also requires English and German throughout, as for the bundled pack.
 * A valid pack's examples are run through the engine too: a positive example that does not bring
 * its principle up, or a negative one that does, gets a warning line (the exit code stays 0).
 */
import { parsePackJson, validatePack } from '../data/schema';
import type { Pack } from '../data/types';
import { analyze } from '../engine';
import { parseCommandLine, readInput, runCommand, UsageError } from './cli-common';

const USAGE = 'usage: validate-pack [--bilingual] FILE';

function main(argv: string[]): number {
  const { values, positionals } = parseCommandLine(argv, {
    bilingual: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1)
    throw new UsageError(positionals.length === 0 ? `missing FILE; ${USAGE}` : USAGE);
  const parsed = parsePackJson(readInput(positionals[0] as string));
  if (!parsed.ok) {
    process.stdout.write(`$: ${parsed.message}\n`);
    return 1;
  }
  const result = validatePack(parsed.value, { requireBilingual: values.bilingual === true });
  if (!result.ok) {
    process.stdout.write(result.errors.map((e) => `${e.path}: ${e.message}\n`).join(''));
    process.stderr.write(
      `invalid: ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}\n`,
    );
    return 1;
  }
  const count = result.pack.principles.length;
  process.stdout.write(`valid: ${count} principle${count === 1 ? '' : 's'}\n`);
  const warnings = exampleWarnings(result.pack);
  if (warnings.length > 0) process.stdout.write(warnings.map((w) => `warning: ${w}\n`).join(''));
  return 0;
}

/** Examples that do not behave as labelled, each principle analysed on its own (as the options page does). */
function exampleWarnings(pack: Pack): string[] {
  const warnings: string[] = [];
  pack.principles.forEach((principle, index) => {
    const alone: Pack = { ...pack, principles: [principle] };
    for (const language of ['en', 'de'] as const) {
      const examples = principle.examples?.[language];
      for (const positive of [true, false]) {
        (positive ? examples?.positive : examples?.negative)?.forEach((text, i) => {
          const fired = analyze(text, { packs: [alone], language }).suggestions.some(
            (s) => s.id === principle.id,
          );
          if (fired === positive) return;
          const quoted = JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
          warnings.push(
            `$.principles[${index}].examples.${language}.${positive ? 'positive' : 'negative'}[${i}]: ` +
              `${positive ? 'does not bring' : 'brings'} '${principle.id}' up: ${quoted}`,
          );
        });
      }
    }
  });
  return warnings;
}

runCommand('validate-pack', () => main(process.argv.slice(2)));
