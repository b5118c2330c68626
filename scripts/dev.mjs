// `npm run dev`: Maxim from source, live. Starts Vite's dev server (crxjs writes the extension to
// dist/dev/<browser>) and opens Chromium with it on the demo pages. Editing a popup or options
// component updates the open page in place; editing the content script, the service worker, the
// engine or the data rebuilds, reloads the extension and reloads the demo tabs.
//   npm run dev                  Chromium (needs a display)
//   npm run dev -- --firefox     Firefox ESR instead
//   npm run dev -- --headless    no window (for a machine without a display)
// Firefox does not let a Manifest V3 extension load code from the dev server, so with --firefox
// crxjs builds in watch mode instead: each save rebuilds, reinstalls the add-on and reloads the
// demo tabs (the pages reload rather than update in place).
// A Chromium dev build loads its modules from localhost and makes its files web-accessible: it is
// for working on Maxim, never for shipping (`npm run build` makes the real ones).
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { allFilesReady } from '@crxjs/vite-plugin';
import { build, createServer } from 'vite';
import { demoPages, launchChromium, launchFirefox } from './launch.mjs';
import { startServer } from './serve.mjs';

const { values } = parseArgs({
  options: { firefox: { type: 'boolean' }, headless: { type: 'boolean' } },
});
const root = resolve(import.meta.dirname, '..');
const target = values.firefox ? 'firefox' : 'chrome';
if (!values.headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    'No display found: run `npm run dev -- --headless` (or `npm start -- --headless --screenshot DIR`).',
  );
  process.exit(2);
}

execSync('npm run --silent build:fixtures', { cwd: root, stdio: 'inherit' });
process.env.MAXIM_TARGET = target;
const configFile = resolve(root, 'vite.config.ts');
const extension = resolve(root, 'dist/dev', target);
const server = await startServer();
const pages = demoPages(server);
const reloadTabs = (tabs) =>
  Promise.all(
    tabs.filter((p) => p.url().startsWith('https:')).map((p) => p.reload().catch(() => undefined)),
  );

let close;
if (target === 'chrome') {
  const vite = await createServer({ configFile, logLevel: 'info' });
  await vite.listen();
  await allFilesReady();
  const { context, close: closeBrowser } = await launchChromium({
    extensionDir: extension,
    headless: Boolean(values.headless),
  });
  const [blank] = context.pages();
  for (const [i, demo] of pages.entries())
    await (i === 0 && blank ? blank : await context.newPage()).goto(demo.url);
  // crxjs reloads a tab 500 ms after it reloads the extension, which can be before the extension
  // is back (the tab then has no Maxim). Reload the demo tabs again once the new worker runs.
  onExtensionReload(vite, () => {
    context.waitForEvent('serviceworker', { timeout: 15_000 }).then(
      () => reloadTabs(context.pages()),
      () => undefined,
    );
  });
  context.on('close', () => stop());
  close = () => Promise.all([closeBrowser(), vite.close()]);
} else {
  process.env.MAXIM_DEV_BUILD = '1';
  const watcher = await build({ configFile, build: { watch: {} } });
  await new Promise((done, fail) =>
    watcher.on('event', (e) =>
      e.code === 'END' ? done() : e.code === 'ERROR' ? fail(e.error) : undefined,
    ),
  );
  const browser = await launchFirefox({
    extensionDir: extension,
    headless: Boolean(values.headless),
  });
  const [blank] = await browser.pages();
  for (const [i, demo] of pages.entries())
    await (i === 0 && blank ? blank : await browser.newPage()).goto(demo.url);
  watcher.on('event', async (e) => {
    if (e.code === 'ERROR') console.error(e.error);
    if (e.code !== 'END') return;
    // Installing the same add-on id again replaces the temporary add-on, as about:debugging's Reload does.
    await browser.installExtension(extension);
    await reloadTabs(await browser.pages());
    console.log('rebuilt and reloaded');
  });
  browser.on('disconnected', () => stop());
  close = () => Promise.all([browser.close(), watcher.close()]);
}
console.log(
  `\nMaxim (dev, ${target}) is loaded from ${extension}. Demo pages: ${pages.map((d) => d.url).join('  ')}`,
);
console.log(
  'Edit and save: the pages update, the extension and the demo tabs reload. Ctrl+C or close the browser to stop.',
);

/** Calls `listener` each time crxjs tells the extension to reload (a script, the engine or the data changed). */
function onExtensionReload(vite, listener) {
  const send = vite.ws.send.bind(vite.ws);
  vite.ws.send = (payload, ...rest) => {
    send(payload, ...rest);
    if (payload?.type === 'custom' && payload.event === 'crx:runtime-reload') listener();
  };
}

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await close?.().catch(() => undefined);
  await server.close();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
