/**
 * Where the built content script lives. The manifest names its source (`CONTENT_ENTRY`); the build
 * writes it, self-contained, to `CONTENT_SCRIPT_FILE`, which the service worker registers and
 * injects on sites the rep turns on. One place, so the build and the worker cannot disagree.
 */
export const CONTENT_ENTRY = 'content/index.ts';
export const CONTENT_SCRIPT_FILE = 'content/index.js';
/** The service worker as crxjs names it: a one-line module that imports the built worker. */
export const SERVICE_WORKER_FILE = 'service-worker-loader.js';
