/**
 * One source, two builds. `scripts/build.mjs` runs this config once per part (pages, background,
 * content) and per browser, with MAXIM_TARGET=chrome|firefox and the part as Vite's `mode`.
 * Every Chrome/Firefox difference is derived here, in `manifestFor`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { KNOWN_HOST_MATCHES } from './src/settings/known-hosts.ts';

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

/** The built files the manifest points at; both builds share them. */
const BACKGROUND_FILE = 'background.js';
const CONTENT_FILE = 'content.js';

/** The manifest for one browser: manifest.json plus the version and the derived differences. */
export function manifestFor(target: Target): Record<string, unknown> {
  const base = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const contentScript = {
    matches: KNOWN_HOST_MATCHES,
    js: [CONTENT_FILE],
    all_frames: true,
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
    manifest.background = { service_worker: BACKGROUND_FILE };
    manifest.key = CHROME_PUBLIC_KEY;
    manifest.minimum_chrome_version = '120';
  } else {
    manifest.background = { scripts: [BACKGROUND_FILE] };
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
  return manifest;
}

/** The static files every build carries: icons, locales and the managed-policy schema. */
function staticFiles(): Record<string, string> {
  const files: Record<string, string> = { 'managed_schema.json': 'src/settings/managed_schema.json' };
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
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const part = JSON.parse(readFileSync(resolve(dir, name), 'utf8')) as Record<string, unknown>;
    for (const [key, value] of Object.entries(part)) {
      if (key in merged) throw new Error(`_locales/${lang}/${name}: "${key}" is defined twice`);
      merged[key] = value;
    }
  }
  return merged;
}

/** Emits manifest.json and the static files next to the pages. */
function manifestPlugin(target: Target): Plugin {
  return {
    name: 'maxim-manifest',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: JSON.stringify(manifestFor(target), null, 2) });
      for (const [fileName, from] of Object.entries(staticFiles())) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(resolve(root, from)) });
      }
      for (const lang of readdirSync(resolve(root, '_locales'))) {
        const source = JSON.stringify(mergedMessages(lang));
        this.emitFile({ type: 'asset', fileName: `_locales/${lang}/messages.json`, source });
      }
    },
  };
}

/** A single self-contained IIFE script (service worker or content script): no chunks, no loader. */
function scriptBuild(entry: string, fileName: string, outDir: string): UserConfig {
  return {
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      sourcemap: false,
      lib: { entry: resolve(root, entry), formats: ['iife'], name: 'maxim', fileName: () => fileName },
    },
  };
}

export default defineConfig(({ mode }) => {
  const target = (process.env.MAXIM_TARGET ?? 'chrome') as Target;
  const part = mode as Part;
  const outDir = resolve(root, 'dist', target);
  const shared: UserConfig = {
    root,
    publicDir: false,
    define: { __MAXIM_TARGET__: JSON.stringify(target) },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
    logLevel: 'warn',
  };
  if (part === 'background') return { ...shared, ...scriptBuild('src/background/index.ts', BACKGROUND_FILE, outDir) };
  if (part === 'content') return { ...shared, ...scriptBuild('content/index.ts', CONTENT_FILE, outDir) };
  return {
    ...shared,
    plugins: [manifestPlugin(target)],
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      sourcemap: false,
      modulePreload: { polyfill: false },
      // The pages carry the whole principle pack (search, options, try-your-text); they load it
      // from the extension itself, so a large chunk costs no network and no page budget.
      chunkSizeWarningLimit: 2000,
      rolldownOptions: {
        input: {
          popup: resolve(root, 'src/popup/index.html'),
          options: resolve(root, 'src/options/index.html'),
        },
      },
    },
  };
});
