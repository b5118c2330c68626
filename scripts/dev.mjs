// `npm run dev`: Maxim from source, live. Starts Vite's dev server (crxjs writes the extension to
// dist/dev/<browser>) and opens Chromium with it on the demo pages. Editing a popup or options
// component updates the open page in place; editing the content script, the service worker, the
// engine or the data rebuilds, reloads the extension and reloads the demo tabs.
//   npm run dev                  Chromium (needs a display)
//   npm run dev -- --firefox     Firefox ESR instead
//   npm run dev -- --headless    no window (for a machine without a display)
// A dev build loads its modules from localhost and makes its files web-accessible: it is for
// working on Maxim, never for shipping (`npm run build` makes the real ones).
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { allFilesReady } from '@crxjs/vite-plugin';
import { createServer } from 'vite';
import { demoPages, launchDemoChromium, launchDemoFirefox } from './demo-browser.mjs';
import { startServer } from './serve.mjs';

const { values } = parseArgs({ options: { firefox: { type: 'boolean' }, headless: { type: 'boolean' } } });
const root = resolve(import.meta.dirname, '..');
const target = values.firefox ? 'firefox' : 'chrome';
if (!values.headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display found: run `npm run dev -- --headless` (or `npm start -- --headless --screenshot DIR`).');
  process.exit(2);
}

execSync('npm run --silent build:fixtures', { cwd: root, stdio: 'inherit' });
process.env.MAXIM_TARGET = target;
const vite = await createServer({ configFile: resolve(root, 'vite.config.ts'), logLevel: 'info' });
await vite.listen();
await allFilesReady();
const extension = resolve(root, 'dist/dev', target);
const server = await startServer();
const pages = demoPages(server);

let close;
if (target === 'chrome') {
  const context = await launchDemoChromium(extension, { headless: values.headless });
  const [blank] = context.pages();
  for (const [i, demo] of pages.entries()) await (i === 0 && blank ? blank : await context.newPage()).goto(demo.url);
  context.on('close', () => stop());
  close = () => context.close();
} else {
  const browser = await launchDemoFirefox(extension, { headless: values.headless });
  const [blank] = await browser.pages();
  for (const [i, demo] of pages.entries()) await (i === 0 && blank ? blank : await browser.newPage()).goto(demo.url);
  browser.on('disconnected', () => stop());
  close = () => browser.close();
}
console.log(`\nMaxim (dev, ${target}) is loaded from ${extension}. Demo pages: ${pages.map((d) => d.url).join('  ')}`);
console.log('Edit and save: the pages update, the extension and the demo tabs reload. Ctrl+C or close the browser to stop.');

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await close?.().catch(() => undefined);
  await Promise.all([vite.close(), server.close()]);
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
