// Size budget: everything a web page loads for Maxim (the content script, with its CSS inlined)
// must stay under 100 KB gzipped. Prints the figures; exits 1 over budget.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 100 * 1024;
const dist = new URL('../dist/', import.meta.url).pathname;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

let failed = false;
for (const target of ['chrome', 'firefox']) {
  const manifest = JSON.parse(readFileSync(join(dist, target, 'manifest.json'), 'utf8'));
  const pageFiles = manifest.content_scripts.flatMap((cs) => [...(cs.js ?? []), ...(cs.css ?? [])]);
  const pageBytes = pageFiles.reduce((sum, f) => sum + gz(join(dist, target, f)), 0);
  const all = [];
  const walk = (dir) => readdirSync(dir).forEach((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : all.push(join(dir, n))));
  walk(join(dist, target));
  const totalBytes = all.reduce((sum, f) => sum + gz(f), 0);
  const ok = pageBytes <= BUDGET;
  failed ||= !ok;
  console.log(`${target}: a page loads ${kb(pageBytes)} gzipped (${pageFiles.join(', ')}; budget ${kb(BUDGET)}) ${ok ? 'ok' : 'OVER BUDGET'}; whole extension ${kb(totalBytes)} gzipped`);
}
process.exit(failed ? 1 : 0);
