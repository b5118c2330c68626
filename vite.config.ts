/**
 * One source, two builds, on @crxjs/vite-plugin: the manifest's entries (popup, options page,
 * service worker, content script) drive the build, and `manifestFor(target)` derives every
 * Chrome/Firefox difference. `vite build` writes `dist/<MAXIM_TARGET>` (chrome or firefox; see
 * scripts/build.mjs); `vite` serves the same extension for `npm run dev` (scripts/dev.mjs) from
 * `dist/dev/<target>`, with hot updates in the pages and a rebuild and reload of the scripts.
 *
 * The content script is built by crxjs as one self-contained file (`standaloneFiles`): no loader,
 * no chunk it would import at run time, and so nothing in `web_accessible_resources`, which would
 * let any page detect Maxim. test/unit/foundation/build.test.ts fails the build if that changes.
 */
import { crx } from '@crxjs/vite-plugin';
import prefresh from '@prefresh/vite';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  build,
  defineConfig,
  type BuildEnvironmentOptions,
  type InlineConfig,
  type Plugin,
  type PluginOption,
  type Rolldown,
  type UserConfig,
} from 'vite';
import {
  CONTENT_ENTRY,
  ON_DEMAND_ENTRY,
  ON_DEMAND_FILE,
  WELCOME_PAGE,
} from './src/background/files.ts';
import { KNOWN_HOST_MATCHES } from './src/settings/sites/known.ts';

export type Target = 'chrome' | 'firefox';
export type Part = 'pages' | 'background' | 'content';

const root = import.meta.dirname;
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

/** Stable Firefox add-on id (needed for storage.managed and policies). */
export const GECKO_ID = 'maxim@maxim-extension.org';

/**
 * Chrome's public key for a stable extension id (amcacapdeldnbopimhjhdokbnnnpkcle) in unpacked
 * builds, so enterprise policies (storage.managed) can name the extension. Not a secret.
 */
export const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAlpNHIcLnWgbZ8PNsawzmlGqzotaD0cL9s6jmYi1tvtBOZYfMNXCiIRdFU9JBAnJ8GLL5DRtVx/zpqLDOn46uUvmUlUWGYDjBPiAc5mpWc5CbxEQSzgZ1FCbqblXcEjwOITRLuHMAgWT2kehR4lDLIG/HASNcbZCLaxyiCWIqnwkW+EFCTbfR6tUIVADv2S+cnVfUOnRl4BGfDOtxQDJXPulAQzeV68WpxMT9NmUFM4oTJov9dm5zcUUA8QBhNV4clS8fAQ1DKjYZS3p+1W3FCCv6UDoMCxm/LyZUBNhIqg0cuVMhxPK0jd4Hi8l3vReMv1K4IfaQHDbqwpKLHHHPdwIDAQAB';
/** The extension id that CHROME_PUBLIC_KEY gives. */
export const CHROME_EXTENSION_ID = 'amcacapdeldnbopimhjhdokbnnnpkcle';

/** The service worker's source; crxjs builds it as an ES module behind `service-worker-loader.js`. */
const BACKGROUND_ENTRY = 'src/background/index.ts';

/** The port of `npm run dev`'s server; the dev build's pages load their modules from it. */
export const DEV_PORT = 5199;

/**
 * The manifest for one browser: manifest.json plus the version and the derived differences. Entry
 * paths are sources; crxjs replaces them with the built files. `dev` relaxes the pages' CSP just
 * enough for `npm run dev` (modules and the hot-update socket from localhost, Vite's injected
 * styles); a build never gets it.
 */
export function manifestFor(target: Target, { dev = false } = {}): Record<string, unknown> {
  const base = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  // The top frame only: the bootstrap starts itself in a tab's frames once focus moves into one
  // (content/bootstrap.ts), so a page's frames cost nothing while the rep does not work in them.
  // About:blank pages a matching page opens get it too.
  const contentScript = {
    matches: KNOWN_HOST_MATCHES,
    js: [CONTENT_ENTRY],
    all_frames: false,
    match_about_blank: true,
    match_origin_as_fallback: true,
    run_at: 'document_idle',
  };
  const manifest: Record<string, unknown> = {
    ...base,
    version: pkg.version,
    host_permissions: KNOWN_HOST_MATCHES,
    content_scripts: [contentScript],
    storage: { managed_schema: 'managed_schema.json' },
  };
  if (target === 'chrome') {
    manifest.background = { service_worker: BACKGROUND_ENTRY };
    manifest.key = CHROME_PUBLIC_KEY;
    manifest.minimum_chrome_version = '120';
  } else {
    manifest.background = { scripts: [BACKGROUND_ENTRY] };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        // Maxim collects and transmits nothing.
        data_collection_permissions: { required: ['none'] },
      },
    };
    // Firefox does not know this key yet; it would warn on every load.
    delete (contentScript as Partial<typeof contentScript>).match_origin_as_fallback;
  }
  if (dev) {
    const local = `http://localhost:${DEV_PORT}`;
    manifest.content_security_policy = {
      extension_pages: `script-src 'self' ${local}; style-src 'self' 'unsafe-inline'; connect-src ${local} ws://localhost:${DEV_PORT}; object-src 'none'`,
    };
  }
  return manifest;
}

/** The static files every build carries: icons, locales and the managed-policy schema. */
function staticFiles(): Record<string, string> {
  const files: Record<string, string> = {
    'managed_schema.json': 'src/settings/managed_schema.json',
  };
  for (const name of readdirSync(resolve(root, 'icons'))) {
    if (name.endsWith('.png')) files[`icons/${name}`] = `icons/${name}`;
  }
  return files;
}

/**
 * Each locale's strings may be kept in several files (`_locales/<lang>/*.json`, one per part of
 * the product); the build merges them into the one `messages.json` browsers read, and fails on a
 * key defined twice.
 */
export function mergedMessages(lang: string): Record<string, unknown> {
  const dir = resolve(root, '_locales', lang);
  const merged: Record<string, unknown> = {};
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const part = JSON.parse(readFileSync(resolve(dir, name), 'utf8')) as Record<string, unknown>;
    for (const [key, value] of Object.entries(part)) {
      if (key in merged) throw new Error(`_locales/${lang}/${name}: "${key}" is defined twice`);
      merged[key] = value;
    }
  }
  return merged;
}

/** The static files crxjs does not know of: the merged locale files, the managed-policy schema, every icon size. */
function staticFileContents(): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer> = {};
  for (const [fileName, from] of Object.entries(staticFiles()))
    files[fileName] = readFileSync(resolve(root, from));
  for (const lang of readdirSync(resolve(root, '_locales'))) {
    files[`_locales/${lang}/messages.json`] = JSON.stringify(mergedMessages(lang));
  }
  return files;
}

/**
 * Adds the static files to the extension: a build emits them; the dev server writes them next to
 * crxjs's files and again when a locale file changes. (The sources are named `_locales/<lang>/
 * <part>.json`, never messages.json, so crxjs has no locale file of its own to copy.)
 */
function staticFilesPlugin(): Plugin {
  let outDir = '';
  let serving = false;
  const writeAll = () => {
    for (const [fileName, source] of Object.entries(staticFileContents())) {
      mkdirSync(dirname(resolve(outDir, fileName)), { recursive: true });
      writeFileSync(resolve(outDir, fileName), source);
    }
  };
  return {
    name: 'maxim-static-files',
    configResolved(config) {
      outDir = config.build.outDir;
      serving = config.command === 'serve';
    },
    buildStart() {
      if (serving) return;
      for (const [fileName, source] of Object.entries(staticFileContents()))
        this.emitFile({ type: 'asset', fileName, source });
      if (this.meta.watchMode) {
        // `npm run dev -- --firefox` rebuilds on save. crxjs builds the content script in a build of
        // its own, whose files the watcher would not see; and the locale sources are read here.
        for (const dir of ['content', '_locales']) {
          for (const file of readdirSync(resolve(root, dir), { recursive: true, encoding: 'utf8' }))
            this.addWatchFile(resolve(root, dir, file));
        }
      }
    },
    configureServer(server) {
      // After crxjs has emptied the output directory and written its files.
      server.httpServer?.on('listening', () => setTimeout(writeAll, 0));
      server.watcher.on('change', (file) => {
        if (file.startsWith(resolve(root, '_locales'))) writeAll();
      });
    },
  };
}

/**
 * The test build (`MAXIM_TEST_BUILD=1`, written to dist/chrome-test) gets the content script's test
 * probe (content/test-probe.ts); in every other build `__MAXIM_TEST__` is false and the probe is
 * dropped.
 */
const TEST_BUILD = process.env.MAXIM_TEST_BUILD === '1';

/** What every build of Maxim's code shares: Preact's JSX, React names mapped to Preact, the test flag. */
const SHARED = {
  root,
  define: { __MAXIM_TEST__: JSON.stringify(TEST_BUILD) },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
} satisfies UserConfig;

/**
 * The on-demand part of the content script (content/index.ts: sessions, adapters, card), built
 * beside crxjs as one self-contained IIFE file and emitted into the extension. crxjs makes such a
 * file only of a manifest content script; a script the worker imports with `?script` it lists in
 * `web_accessible_resources`, which would let every page detect Maxim. The worker injects this
 * file with `scripting.executeScript`, which needs no such listing. The dev server rebuilds it on
 * change and reloads the extension.
 */
function onDemandContentPlugin(): Plugin {
  let command: 'build' | 'serve' = 'build';
  const libBuild = (build: BuildEnvironmentOptions): InlineConfig => ({
    ...SHARED,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      sourcemap: false,
      lib: {
        entry: resolve(root, ON_DEMAND_ENTRY),
        formats: ['iife'],
        name: 'maxim',
        fileName: () => ON_DEMAND_FILE,
      },
      ...build,
    },
  });
  return {
    name: 'maxim-on-demand-content',
    configResolved(config) {
      command = config.command;
    },
    async generateBundle() {
      if (command !== 'build') return;
      const output = (await build(libBuild({ write: false }))) as
        Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
      const chunk = [output]
        .flat()
        .flatMap((o) => o.output)
        .find((o) => o.type === 'chunk' && o.isEntry);
      if (!chunk || chunk.type !== 'chunk')
        throw new Error(`${ON_DEMAND_ENTRY}: the build made no script`);
      this.emitFile({ type: 'asset', fileName: ON_DEMAND_FILE, source: chunk.code });
    },
    configureServer(server) {
      server.httpServer?.once('listening', () => {
        build(libBuild({ outDir: server.config.build.outDir, watch: {} })).then(
          (watcher) => {
            let first = true;
            (watcher as Rolldown.RolldownWatcher).on('event', (event) => {
              if (event.code !== 'END') return;
              if (!first) server.ws.send({ type: 'custom', event: 'crx:runtime-reload' });
              first = false;
            });
          },
          (error: unknown) => server.config.logger.error(String(error)),
        );
      });
    },
  };
}

export default defineConfig(({ command }) => {
  const target = (process.env.MAXIM_TARGET ?? 'chrome') as Target;
  const dev = command === 'serve';
  // `npm run dev -- --firefox` builds in watch mode into the dev directory (see scripts/dev.mjs).
  const devOut = dev || process.env.MAXIM_DEV_BUILD === '1';
  return {
    ...SHARED,
    // No public directory. (The dev server gets a path that does not exist: given `false`, crxjs's
    // dev file writer would copy the whole project root into the extension.)
    publicDir: dev ? resolve(root, 'no-public-dir') : false,
    oxc: {
      ...SHARED.oxc,
      // Fast refresh for the extension pages' components only; the content script has no refresh
      // runtime (a change there reloads the tab).
      jsxRefreshInclude: /\/src\/.*\.tsx$/,
    },
    logLevel: 'warn',
    plugins: [
      // Fast refresh of Preact components in the popup and options page (dev server only).
      dev && (prefresh() as PluginOption),
      staticFilesPlugin(),
      onDemandContentPlugin(),
      crx({
        manifest: manifestFor(target, { dev }) as never,
        browser: target,
        // A build gets the bootstrap as one self-contained file. The dev server keeps crxjs's module
        // loader instead: it follows the script's imports, so a change reloads the extension and the
        // tab (dev builds are never shipped).
        contentScripts: { standaloneFiles: dev ? [] : [CONTENT_ENTRY] },
      }),
    ],
    // The pages' hot-update socket must name the port: an extension page's own location is no help.
    server: {
      port: DEV_PORT,
      strictPort: true,
      host: 'localhost',
      hmr: { protocol: 'ws', host: 'localhost', port: DEV_PORT },
    },
    build: {
      outDir: resolve(
        root,
        'dist',
        devOut ? `dev/${target}` : TEST_BUILD ? `${target}-test` : target,
      ),
      emptyOutDir: true,
      minify: true,
      sourcemap: false,
      modulePreload: { polyfill: false },
      // The welcome page is no manifest entry (the worker opens it on install): crxjs builds it
      // as an extra page.
      rollupOptions: { input: { welcome: resolve(root, WELCOME_PAGE) } },
      // The pages carry the whole principle pack (search, options, try-your-text); they load it
      // from the extension itself, so a large chunk costs no network and no page budget.
      chunkSizeWarningLimit: 2000,
    },
  };
});
