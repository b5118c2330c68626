// The command-line contract (DESIGN section 2): output shape, exit codes, one-line errors.
// Runs the tools as a user would, through tsx (the same as `npx tsx src/cli/...`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');
const dir = mkdtempSync(join(tmpdir(), 'maxim-cli-'));

function run(tool: 'suggest' | 'validate-pack', args: string[], input?: string) {
  const result = spawnSync(process.execPath, [tsx, `src/cli/${tool}.ts`, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const teamPack = {
  schemaVersion: 1,
  id: 'team',
  name: 'Team',
  version: '1.0.0',
  principles: [
    {
      id: 'zz-team-rule',
      category: 'crm',
      contexts: ['any'],
      source: { type: 'practice', title: 'Team rule' },
      text: { en: { title: 'Log the ticket', summary: 's', why: 'w', tryThis: ['t'] } },
      signals: { en: { triggers: [{ match: 'flux capacitor', weight: 2 }] } },
    },
  ],
};
const packFile = file('team.json', JSON.stringify(teamPack));
const textFile = file('text.txt', 'Please check the flux capacitor before Friday.');

describe('suggest', () => {
  it('--json prints one object with language and suggestions (scores rounded, exact evidence)', () => {
    const { code, stdout, stderr } = run('suggest', ['--json', '--pack', packFile, textFile]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const result = JSON.parse(stdout) as {
      language: string;
      suggestions: { id: string; score: number; evidence: unknown[] }[];
    };
    expect(result.language).toBe('en');
    const team = result.suggestions.find((s) => s.id === 'zz-team-rule');
    expect(team?.evidence).toEqual([{ start: 17, end: 31, text: 'flux capacitor' }]);
    expect(Math.round((team?.score ?? 0) * 100) / 100).toBe(team?.score);
  });

  it('reads stdin for "-" and honours --lang and --context', () => {
    const { code, stdout } = run(
      'suggest',
      ['--json', '--lang', 'de', '--context', 'crm', '--pack', packFile, '-'],
      'flux capacitor',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ language: 'de', suggestions: [] });
  });

  it('prints a readable table without --json', () => {
    const { code, stdout } = run('suggest', ['--pack', packFile, textFile]);
    expect(code).toBe(0);
    expect(stdout).toContain('language: en');
    expect(stdout).toMatch(/zz-team-rule\s+0\.\d\d\s+"flux capacitor" \(17-31\)/);
  });

  it('--batch answers one line per input line', () => {
    const cases = file(
      'cases.jsonl',
      [
        '{"id":"a","text":"flux capacitor"}',
        '',
        '{"text":"nothing here","lang":"de","context":"crm"}',
      ].join('\n'),
    );
    const { code, stdout } = run('suggest', ['--pack', packFile, '--batch', cases]);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ id: 'a', language: 'en' });
    expect(lines[1]).toEqual({ language: 'de', suggestions: [], replyTo: [] });
  });

  it.each([
    [['--frobnicate', textFile], "suggest: unknown option '--frobnicate'"],
    [[join(dir, 'missing.txt')], `suggest: cannot read ${join(dir, 'missing.txt')}: no such file`],
    [
      ['--pack', textFile, textFile],
      `suggest: invalid pack ${textFile}: invalid JSON at line 1, column 1`,
    ],
    [['--lang', 'fr', textFile], "suggest: --lang must be one of auto, en, de (got 'fr')"],
    [['--lang'], 'suggest: option --lang needs a value'],
    [[], 'suggest: missing input FILE'],
  ])('bad input %j exits 2 with one line on stderr', (args, start) => {
    const { code, stdout, stderr } = run('suggest', args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr.startsWith(start)).toBe(true);
  });

  it('rejects an invalid pack naming the first problem', () => {
    const bad = file('bad.json', JSON.stringify({ ...teamPack, schemaVersion: 9 }));
    const { code, stderr } = run('suggest', ['--pack', bad, textFile]);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe(
      `suggest: invalid pack ${bad}: $.schemaVersion: unsupported schemaVersion 9; supported: 1`,
    );
  });
});

describe('validate-pack', () => {
  it('exits 0 for a valid pack', () => {
    expect(run('validate-pack', [packFile])).toMatchObject({
      code: 0,
      stdout: 'valid: 1 principle\n',
    });
  });

  it('exits 1 listing every problem as PATH: message', () => {
    const broken = {
      ...teamPack,
      version: 'one',
      principles: [{ ...teamPack.principles[0], contexts: ['fax'] }],
    };
    const { code, stdout } = run('validate-pack', [file('broken.json', JSON.stringify(broken))]);
    expect(code).toBe(1);
    expect(stdout).toBe(
      '$.principles[0].contexts[0]: must be one of email, crm, any (got "fax")\n$.version: must be a semantic version like 1.2.0\n',
    );
  });

  it('exits 1 for JSON syntax errors with line and column', () => {
    const { code, stdout } = run('validate-pack', [file('syntax.json', '{\n  "id": "x",,\n}')]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^\$: invalid JSON at line 2, column 13: expected a property name/);
  });

  it('exits 2 on bad usage', () => {
    expect(run('validate-pack', [])).toMatchObject({ code: 2 });
    expect(run('validate-pack', [join(dir, 'nope.json')]).stderr).toBe(
      `validate-pack: cannot read ${join(dir, 'nope.json')}: no such file\n`,
    );
    expect(run('validate-pack', ['--strict', packFile])).toMatchObject({
      code: 2,
      stderr: "validate-pack: unknown option '--strict'\n",
    });
  });
});

describe('validate-pack: examples', () => {
  it('warns, with exit 0, for each example that does not behave as labelled', () => {
    const pack = {
      ...teamPack,
      principles: [
        {
          ...teamPack.principles[0],
          examples: {
            en: {
              positive: ['Nothing to see here.'],
              negative: ['Please check the flux capacitor.'],
            },
          },
        },
      ],
    };
    const { code, stdout } = run('validate-pack', [file('examples.json', JSON.stringify(pack))]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('valid: 1 principle');
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(
        /^warning: \$\.principles\[0\]\.examples\.en\.positive\[0\]: does not bring '.+' up: "Nothing to see here\."$/,
      ),
      expect.stringMatching(
        /^warning: \$\.principles\[0\]\.examples\.en\.negative\[0\]: brings '.+' up: "Please check the flux capacitor\."$/,
      ),
    ]);
  });
});
