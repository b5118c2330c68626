/**
 * What every command-line tool shares: argument parsing with one-line usage errors, reading
 * files or stdin, loading packs, and running a command so that bad input exits 2 with one clear
 * line on stderr and never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parsePackJson, validatePack } from '../data/schema';
import type { Pack } from '../data/types';

/** Bad input or usage: reported as one line, exit code 2. */
export class UsageError extends Error {}

/** Parses `argv` strictly; unknown flags and missing values become `UsageError`s. */
export function parseCommandLine<O extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: O,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    if (unknown) throw new UsageError(`unknown option '${unknown[1]}'`);
    const missing = /^Option '(-\S+)(?:, (-\S+))? <value>' argument missing/.exec(message);
    if (missing) throw new UsageError(`option ${missing[2] ?? missing[1]} needs a value`);
    throw new UsageError(message.replace(/\.$/, ''));
  }
}

/** Checks that `value` is one of `allowed`, naming the flag otherwise. */
export function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got '${value}')`);
}

/** Reads a UTF-8 file, or stdin for `-`. */
export function readInput(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : (code ?? 'unreadable');
    throw new UsageError(`cannot read ${path === '-' ? 'stdin' : path}: ${reason}`);
  }
}

/** Reads and validates a pack file; any problem is a `UsageError` naming the first one. */
export function loadPackFile(path: string): Pack {
  const parsed = parsePackJson(readInput(path));
  if (!parsed.ok) throw new UsageError(`invalid pack ${path}: ${parsed.message}`);
  const result = validatePack(parsed.value);
  if (result.ok) return result.pack;
  const [first] = result.errors;
  const more =
    result.errors.length > 1 ? ` (and ${result.errors.length - 1} more; see validate-pack)` : '';
  throw new UsageError(`invalid pack ${path}: ${first?.path}: ${first?.message}${more}`);
}

/** Runs a command: its return value is the exit code; errors print one line and exit 2. */
export function runCommand(name: string, command: () => number | Promise<number>): void {
  Promise.resolve()
    .then(command)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        process.stderr.write(`${name}: ${message.split('\n')[0]}\n`);
        process.exitCode = 2;
      },
    );
}
