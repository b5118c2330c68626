/** The content script's analysis wired to the service worker's real analysis service, over in-memory storage. */
import { fakeBrowser } from '@webext-core/fake-browser';
import { createAnalysisService as createBackgroundAnalysis } from '../../../src/background/analysis';
import { createSettingsStore } from '../../../src/settings';
import { createAnalysisService } from '../../../content/session/analysis';

/** A content-side analysis service whose requests the real background service answers. */
export function inlineAnalysis(signal: AbortSignal = new AbortController().signal) {
  const background = createBackgroundAnalysis(createSettingsStore(fakeBrowser.storage), signal);
  return createAnalysisService((request) => background.analyze(structuredClone(request)));
}
