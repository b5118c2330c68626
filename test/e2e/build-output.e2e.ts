/**
 * The built extensions as a browser receives them (run after `npm run build`): the content script
 * is one self-contained classic script, nothing is web-accessible, and the pages keep the strict CSP.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SCRIPT_FILE,
  ON_DEMAND_FILE,
  SERVICE_WORKER_FILE,
} from '../../src/background/files';
import { builtFiles } from './support/built-files';

const source = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../manifest.json'), 'utf8'),
) as { content_security_policy: unknown };

describe.each(['chrome', 'firefox'])('dist/%s', (target) => {
  const dir = resolve(import.meta.dirname, '../../dist', target);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts: { js: string[] }[];
    web_accessible_resources?: unknown;
    background: { service_worker?: string; scripts?: string[]; type?: string };
    content_security_policy: unknown;
  };

  it('makes no file web-accessible', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('declares the bootstrap, which the service worker also registers, as the one content script', () => {
    expect(manifest.content_scripts.map((cs) => cs.js)).toEqual([[CONTENT_SCRIPT_FILE]]);
  });

  it.each([CONTENT_SCRIPT_FILE, ON_DEMAND_FILE])(
    'builds %s as one self-contained classic script',
    (file) => {
      const code = readFileSync(join(dir, file), 'utf8');
      // A classic script cannot hold `import`/`export` statements: compiling it proves there are none.
      expect(() => new Script(code, { filename: file })).not.toThrow();
      // No loader: nothing fetched from the extension at run time (which would need web_accessible_resources).
      expect(code).not.toMatch(/\bimport\s*\(/);
      expect(code).not.toContain('getURL(');
    },
  );

  it.each([CONTENT_SCRIPT_FILE, ON_DEMAND_FILE])(
    'carries no trace of the test probe in %s (only dist/chrome-test has it)',
    (file) => {
      const code = readFileSync(join(dir, file), 'utf8');
      const test = readFileSync(join(dir, '../chrome-test', file), 'utf8');
      // The probe's published name and the listener bookkeeping it wraps prototypes with.
      for (const marker of ['__maximProbe', 'listenersByType', 'highlightRanges']) {
        expect(test, marker).toContain(marker);
        expect(code, marker).not.toContain(marker);
      }
    },
  );

  it('keeps the bootstrap free of the settings schema, the regex engine and the card', () => {
    const code = readFileSync(join(dir, CONTENT_SCRIPT_FILE), 'utf8');
    const rest = readFileSync(join(dir, ON_DEMAND_FILE), 'utf8');
    // Markers of the UI host, Preact's hooks, the regex engine and the shadow root, all in the rest.
    for (const marker of ['maxim-ui', '__H', 'RE2', 'attachShadow']) {
      expect(rest, marker).toContain(marker);
      expect(code, marker).not.toContain(marker);
    }
    expect(code.length).toBeLessThan(rest.length / 20);
  });

  it('starts the service worker from files of the build', () => {
    const worker = manifest.background.service_worker ?? manifest.background.scripts?.[0];
    expect(worker).toBe(SERVICE_WORKER_FILE);
    expect(manifest.background.type).toBe('module');
    const imports = [
      ...readFileSync(join(dir, SERVICE_WORKER_FILE), 'utf8').matchAll(/import\s+'([^']+)'/g),
    ].map((m) => m[1] as string);
    expect(imports.length).toBeGreaterThan(0);
    for (const file of imports) expect(existsSync(join(dir, file))).toBe(true);
  });

  it('keeps the pages on the strict CSP, and nothing of the dev server', () => {
    expect(manifest.content_security_policy).toEqual(source.content_security_policy);
    for (const file of builtFiles(dir).filter((f) => /\.(js|html|json)$/.test(f))) {
      expect(readFileSync(join(dir, file), 'utf8'), file).not.toMatch(
        /localhost:\d|@vite\/client|@crx\//,
      );
    }
  });
});
