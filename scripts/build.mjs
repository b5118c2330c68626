// Builds both browsers from one source: dist/chrome and dist/firefox (or the ones named:
// `node scripts/build.mjs firefox`). vite.config.ts derives the manifest differences.
import { build } from 'vite';

const targets = process.argv.slice(2).filter((a) => a === 'chrome' || a === 'firefox');

for (const target of targets.length ? targets : ['chrome', 'firefox']) {
  process.env.MAXIM_TARGET = target;
  await build({ configFile: new URL('../vite.config.ts', import.meta.url).pathname });
  console.log(`built dist/${target}`);
}

// The test build for the churn test (test/e2e/churn.chromium.e2e.ts): Chrome with the content
// script's test probe (content/test-probe.ts), in dist/chrome-test. `--no-test-build` leaves it out.
if (!targets.length && !process.argv.includes('--no-test-build')) {
  process.env.MAXIM_TARGET = 'chrome';
  process.env.MAXIM_TEST_BUILD = '1';
  await build({ configFile: new URL('../vite.config.ts', import.meta.url).pathname });
  delete process.env.MAXIM_TEST_BUILD;
  console.log('built dist/chrome-test');
}
