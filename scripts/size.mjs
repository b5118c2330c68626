// Size budgets, per entry of the built extension (both browsers): what each part makes the browser
// load and parse, gzipped. An entry counts its own file and every chunk it imports statically (and
// the pages' stylesheets); the budgets live in BUDGETS, in one place. Prints a table; exits 1 when
// an entry is over its budget or an expected entry is missing.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The on-demand part's built file (src/background/files.ts names it for the build and the worker). */
const ON_DEMAND_FILE = 'content/index.js';
/** The welcome page (src/background/files.ts names it for the build and the worker). */
const WELCOME_PAGE = 'src/welcome/index.html';

/** Budgets in KB, gzipped. */
export const BUDGETS = {
  /** What every frame of a site Maxim runs on loads up front: the bootstrap. */
  bootstrap: 8,
  /** The rest of the content script (its CSS inlined), injected into a frame when a field there takes focus. */
  'on-demand part': 100,
  /** The service worker with the engine and the bundled principles. */
  'service worker': 400,
  popup: 260,
  'options page': 330,
  /** The page opened on install, with the content script's session and card for its try-it field. */
  'welcome page': 130,
};

const dist = new URL('../dist/', import.meta.url).pathname;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const IMPORT = /(?:^|[;}\s])import\s*(?:[\w${}\s,*]+from\s*)?["']([^"']+)["']/g;

/** A script and the chunks it imports statically, as paths relative to the build's root. */
function withImports(root, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(root, file), 'utf8');
  for (const [, spec] of code.matchAll(IMPORT)) {
    if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
    const next = spec.startsWith('/') ? spec.slice(1) : normalize(join(dirname(file), spec));
    if (existsSync(join(root, next))) withImports(root, next, seen);
  }
  return seen;
}

/** A page's files: its module scripts with their imports, and its stylesheets. */
function pageFiles(root, html) {
  const text = readFileSync(join(root, html), 'utf8');
  const resolveRef = (ref) =>
    ref.startsWith('/') ? ref.slice(1) : normalize(join(dirname(html), ref));
  const files = new Set([html]);
  for (const [, src] of text.matchAll(/<script[^>]*\ssrc="([^"]+)"/g))
    withImports(root, resolveRef(src), files);
  for (const [, href] of text.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g))
    files.add(resolveRef(href));
  return files;
}

/** The entries of one build and their files. */
function entries(root) {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  const content = new Set(
    manifest.content_scripts.flatMap((cs) => [...(cs.js ?? []), ...(cs.css ?? [])]),
  );
  const worker = manifest.background.service_worker ?? manifest.background.scripts[0];
  return {
    bootstrap: content,
    'on-demand part': new Set([ON_DEMAND_FILE]),
    'service worker': withImports(root, worker),
    popup: pageFiles(root, manifest.action.default_popup),
    'options page': pageFiles(root, manifest.options_ui.page),
    'welcome page': pageFiles(root, WELCOME_PAGE),
  };
}

let failed = false;
for (const target of ['chrome', 'firefox']) {
  const root = join(dist, target);
  const all = [];
  const walk = (dir) =>
    readdirSync(dir).forEach((n) =>
      statSync(join(dir, n)).isDirectory()
        ? walk(join(dir, n))
        : all.push(relative(root, join(dir, n))),
    );
  walk(root);
  console.log(
    `${target} (whole extension ${kb(all.reduce((sum, f) => sum + gz(join(root, f)), 0))} gzipped)`,
  );
  for (const [name, files] of Object.entries(entries(root))) {
    const missing = [...files].filter((f) => !existsSync(join(root, f)));
    const bytes = [...files]
      .filter((f) => !missing.includes(f))
      .reduce((sum, f) => sum + gz(join(root, f)), 0);
    const budget = BUDGETS[name] * 1024;
    const ok = files.size > 0 && missing.length === 0 && bytes <= budget;
    failed ||= !ok;
    console.log(
      `  ${name.padEnd(15)} ${kb(bytes).padStart(9)} of ${kb(budget).padStart(9)} ${missing.length ? `MISSING ${missing.join(', ')}` : ok ? 'ok' : 'OVER BUDGET'}  (${files.size} files)`,
    );
  }
}
process.exit(failed ? 1 : 0);
