/** The content script's analysis wired to the service worker's real analysis service, over in-memory storage. */
import { fakeBrowser } from '@webext-core/fake-browser';
import { createWorkerAnalysis } from '../../../src/background/analysis';
import { createSettingsStore } from '../../../src/settings';
import { createAnalysisService } from '../../../content/session/analysis';

/**
 * A content-side analysis service whose requests the real background service answers; `store` is
 * the settings store both read (the worker takes the rep's settings from it).
 */
export function inlineAnalysis(
  signal: AbortSignal = new AbortController().signal,
  store = createSettingsStore(fakeBrowser.storage),
) {
  const background = createWorkerAnalysis(store, signal);
  return createAnalysisService((request) => background.analyze(structuredClone(request)));
}
