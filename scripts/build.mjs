// Builds both browsers from one source: dist/chrome and dist/firefox.
// Each has three parts (extension pages, service worker/background script, content script),
// built by vite.config.ts; the manifest differences are derived there.
import { build } from 'vite';

const targets = process.argv.slice(2).filter((a) => a === 'chrome' || a === 'firefox');
const parts = ['pages', 'background', 'content'];

for (const target of targets.length ? targets : ['chrome', 'firefox']) {
  process.env.MAXIM_TARGET = target;
  for (const mode of parts) {
    await build({ configFile: new URL('../vite.config.ts', import.meta.url).pathname, mode });
  }
  console.log(`built dist/${target}`);
}
