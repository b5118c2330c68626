/**
 * The content script's two built files, in one place so the build and the worker cannot disagree.
 * The manifest names the bootstrap's source; the build writes it, self-contained, to
 * `CONTENT_SCRIPT_FILE`, which the worker also registers and injects on the sites the rep turns on.
 * The rest of the content script is built beside it to `ON_DEMAND_FILE` and injected by the worker
 * into a frame when a field there first takes focus (background/activation.ts).
 */
export const CONTENT_ENTRY = 'content/bootstrap.ts';
export const CONTENT_SCRIPT_FILE = 'content/bootstrap.js';
export const ON_DEMAND_ENTRY = 'content/index.ts';
export const ON_DEMAND_FILE = 'content/index.js';
/** The welcome page, opened once on install (background/onboarding.ts); the build adds it as a page. */
export const WELCOME_PAGE = 'src/welcome/index.html';
/** The service worker as crxjs names it: a one-line module that imports the built worker. */
export const SERVICE_WORKER_FILE = 'service-worker-loader.js';
