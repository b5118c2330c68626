/** Maxim's content script: runs once per frame, starts Maxim where the settings allow it. */
import browser from 'webextension-polyfill';
import { settingsStore } from '../src/settings/browser-store';
import { startMaxim } from './app';
import { pageHostname } from './context';
import { report } from './guard';
import { installTestProbe } from './test-probe';

// The test build counts what Maxim holds on to (content/test-probe.ts); other builds drop this.
if (__MAXIM_TEST__) installTestProbe();

const INSTANCE_KEY = Symbol.for('maxim.content');
const globalScope = globalThis as unknown as Record<symbol, AbortController | undefined>;

// The script may be injected again into a page that has it (a site turned on from the popup).
if (!globalScope[INSTANCE_KEY]) {
  const controller = new AbortController();
  globalScope[INSTANCE_KEY] = controller;
  try {
    startMaxim(
      {
        doc: document,
        hostname: pageHostname(),
        store: settingsStore,
        messages: browser.runtime.onMessage,
      },
      controller.signal,
    );
  } catch (error) {
    report(error);
  }
}
