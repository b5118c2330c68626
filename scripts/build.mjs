// Builds both browsers from one source: dist/chrome and dist/firefox (or the ones named:
// `node scripts/build.mjs firefox`). vite.config.ts derives the manifest differences.
import { build } from 'vite';

const targets = process.argv.slice(2).filter((a) => a === 'chrome' || a === 'firefox');

for (const target of targets.length ? targets : ['chrome', 'firefox']) {
  process.env.MAXIM_TARGET = target;
  await build({ configFile: new URL('../vite.config.ts', import.meta.url).pathname });
  console.log(`built dist/${target}`);
}
