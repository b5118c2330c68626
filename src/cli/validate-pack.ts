/**
 * `validate-pack FILE`: checks a principle pack. Exit 0 when valid ("valid: N principles"),
 * 1 when invalid (every problem as `PATH: message`), 2 on bad usage or an unreadable file.
 * `--bilingual` also requires English and German throughout, as for the bundled pack.
 */
import { parsePackJson, validatePack } from '../data/schema';
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
  return 0;
}

runCommand('validate-pack', () => main(process.argv.slice(2)));
