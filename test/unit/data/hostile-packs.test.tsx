// @vitest-environment happy-dom
// The corpus of malformed and hostile packs (test/fixtures/packs): each one goes through
// `validate-pack` as a user runs it and through the options page's import over the real settings
// store. A rejected pack is named by its JSON path and changes nothing stored; an accepted one is
// imported, analysed to the end, and its texts reach the card as text, never as elements.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Card } from '../../../content/ui/card/Card';
import type { CardModel } from '../../../content/ui/card/model';
import { cardItems } from '../../../content/session/view-model';
import { corePack } from '../../../src/data/principles';
import type { Pack } from '../../../src/data/types';
import { analyze } from '../../../src/engine';
import { createMemoryConnector } from '../../../src/ui/connector-memory';
import { renderOptions } from '../options/helpers';
import {
  MARKUP,
  basePack,
  basePrinciple,
  largeCases,
  smallCases,
  type PackCase,
} from '../../fixtures/packs/corpus';
import { noopHandlers } from '../content/card-handlers';

// import.meta.dirname, not a URL: happy-dom replaces the URL class with its own.
const root = join(import.meta.dirname, '../../..');
const corpusDir = join(root, 'test/fixtures/packs');
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');
const largeDir = mkdtempSync(join(tmpdir(), 'maxim-hostile-packs-'));

const small = smallCases();
const large = largeCases();
const cases: PackCase[] = [...small, ...large];
const pathOf = (c: PackCase) =>
  small.includes(c) ? join(corpusDir, c.file) : join(largeDir, c.file);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function validatePackCli(file: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsx, 'src/cli/validate-pack.ts', file], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const runs = new Map<string, Run>();

beforeAll(async () => {
  for (const c of large) writeFileSync(join(largeDir, c.file), c.text);
  // Two at a time: the machine has two cores.
  const queue = [...cases];
  const worker = async () => {
    for (let c = queue.shift(); c !== undefined; c = queue.shift())
      runs.set(c.file, await validatePackCli(pathOf(c)));
  };
  await Promise.all([worker(), worker()]);
}, 600_000);

afterEach(cleanup);

describe('the corpus', () => {
  it('holds at least 40 packs, and the committed files are exactly what corpus.ts makes', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.file)).size).toBe(cases.length);
    const committed = readdirSync(corpusDir).filter((f) => f.endsWith('.json'));
    expect(committed.sort()).toEqual(small.map((c) => c.file).sort());
    for (const c of small) expect(readFileSync(pathOf(c), 'utf8'), c.file).toBe(c.text);
  });

  it('covers both outcomes, prototype keys at every level, and a 10 MB file', () => {
    expect(cases.filter((c) => c.expected.ok).length).toBeGreaterThanOrEqual(8);
    expect(cases.filter((c) => !c.expected.ok).length).toBeGreaterThanOrEqual(40);
    for (const key of ['__proto__', 'constructor', 'prototype'])
      expect(cases.filter((c) => c.text.includes(`"${key}"`)).length).toBe(3);
    expect(Math.max(...cases.map((c) => c.text.length))).toBeGreaterThan(10 * 1024 * 1024);
  });
});

describe('validate-pack on every pack of the corpus', () => {
  it.each(cases.map((c) => [c.file, c] as const))('%s', (_, c) => {
    const run = runs.get(c.file) as Run;
    if (c.expected.ok) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^valid: \d+ principles?\n/);
      // Their examples (the markup cases have one) behave as labelled: no warning.
      expect(run.stdout).not.toContain('warning:');
      return;
    }
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    const wanted = `${c.expected.path}: ${c.expected.message}`;
    expect(
      lines.some((line) => line.startsWith(wanted)),
      `${wanted}\n${lines.slice(0, 5).join('\n')}`,
    ).toBe(true);
    // Nothing but PATH: message lines, and a count on stderr for format problems.
    for (const line of lines) expect(line).toMatch(/^\$\S*: \S/);
    if (c.expected.path !== '$' || !/JSON|empty/.test(c.expected.message))
      expect(run.stderr).toMatch(/^invalid: \d+ problems?\n$/);
  });
});

const t = (key: string, subs: string | readonly string[] = []) => {
  const list = typeof subs === 'string' ? [subs] : subs;
  return list.length ? `${key}(${list.join(',')})` : key;
};
const handlers = noopHandlers;

/** A draft that sets off each accepted case: its word, the catastrophic patterns' worst input. */
const DRAFT = `Hello, the zebrafinch zebra\ud800finch is late. ${'a'.repeat(5000)}! ${'aa'.repeat(3000)}x ${'a1 '.repeat(2000)} aaaa`;

function htmlEscaped(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const earlierPack = {
  ...(basePack([basePrinciple('earlier-rule')]) as unknown as Pack),
  id: 'team-earlier',
};

describe('the options page import on every pack of the corpus', () => {
  it.each(cases.map((c) => [c.file, c] as const))('%s', async (_, c) => {
    const connector = createMemoryConnector();
    // A rep with settings and a pack of their own already stored.
    await connector.store.loadState();
    await connector.store.mutePrinciple(corePack.principles[0]?.id as string);
    await connector.store.packs.upsert(earlierPack);
    const before = {
      sync: await connector.storage.sync.get(null),
      local: await connector.storage.local.get(null),
    };
    const preview = await connector.previewImport(c.text);
    if (!c.expected.ok) {
      expect(preview.ok).toBe(false);
      if (preview.ok) return;
      const wanted = c.expected;
      expect(
        preview.errors.some((e) => e.path === wanted.path && e.message.startsWith(wanted.message)),
        JSON.stringify(preview.errors.slice(0, 5)),
      ).toBe(true);
      expect(await connector.storage.sync.get(null)).toEqual(before.sync);
      expect(await connector.storage.local.get(null)).toEqual(before.local);
      return;
    }
    expect(preview.ok, JSON.stringify(preview.ok ? [] : preview.errors.slice(0, 5))).toBe(true);
    if (!preview.ok) return;
    await connector.commitImport(preview.preview);
    const { packs, notices } = await connector.store.packs.load();
    expect(notices).toEqual([]);
    expect(packs.map((p) => p.id)).toEqual([earlierPack.id, preview.preview.pack.id]);
    const stored = packs[1] as Pack;
    expect(stored.principles.length).toBe(preview.preview.pack.principles.length);
    expect(await connector.storage.sync.get(null)).toEqual(before.sync);

    // Analysed to the end, on its own (as validate-pack runs examples) and beside the bundled pack.
    // RE2 runs in time linear in the text, so the catastrophic patterns cannot backtrack; there is
    // no wall-clock limit here, the analysis returning at all is the point.
    const beside = analyze(DRAFT, { packs: [corePack, stored], language: 'en' });
    expect(beside.suggestions.length).toBeGreaterThan(0);
    const ours = analyze(DRAFT, { packs: [stored], language: 'en' }).suggestions;
    expect(ours.length).toBeGreaterThan(0);
    for (const s of ours)
      for (const e of s.evidence) expect(DRAFT.slice(e.start, e.end)).toBe(e.text);

    // The card shows the principle's texts as text.
    const items = cardItems(ours.slice(0, 3), 'en', []);
    const model: CardModel = {
      items,
      activeId: items[0]?.id ?? null,
      statuses: {},
      partial: false,
      hostname: 'crm.example.com',
      siteLocked: false,
      theme: 'system',
      uiLang: 'en',
      greetingName: null,
      toast: null,
    };
    const { container } = render(<Card model={model} handlers={handlers} t={t} />);
    const active = container.querySelector(`[data-principle-id="${items[0]?.id}"]`) as Element;
    expect(active.textContent).toContain(items[0]?.title);
    expect(container.querySelector('script, style, img, b, a, iframe, [onerror]')).toBeNull();
    const markup = Object.entries(MARKUP).find(([name]) => c.file === `${name}.json`)?.[1];
    if (markup !== undefined) {
      // Up to the first brace: `{display:none}` in a phrasing is a fill-in field (an input).
      for (const text of [`Title ${markup}`, `Summary ${markup}`, `Phrasing ${markup}`])
        expect(active.innerHTML).toContain(htmlEscaped(text.split('{')[0] as string));
    }
  });
});

describe('the options page shows a pack with markup in every text field as text', () => {
  it.each(Object.entries(MARKUP))('%s', async (name, markup) => {
    const c = small.find((k) => k.file === `${name}.json`) as PackCase;
    const imported = JSON.parse(c.text) as Pack;
    for (const section of ['packs', 'principles']) {
      const { container, unmount } = await renderOptions(section, {
        local: { userPacks: [imported] },
      });
      // Each section shows the pack by what it lists: its name, or its principles' titles.
      const shown = section === 'packs' ? imported.name : `Title ${markup}`;
      await waitFor(() => expect(container.textContent).toContain(shown));
      expect(container.innerHTML).toContain(htmlEscaped(shown));
      expect(
        container.querySelector(
          'script, style, iframe, img[src="x"], [onerror], b, a[href^="javascript"]',
        ),
      ).toBeNull();
      unmount();
    }
  });
});
