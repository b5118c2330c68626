/**
 * Starting Maxim in a frame on demand. Every frame of a site Maxim runs on gets only the bootstrap
 * (content/bootstrap.ts); when a field there takes focus for the first time, the bootstrap asks, and
 * the worker injects the rest of the content script into that one frame if Maxim is on for the
 * frame's site. Injected with `scripting.executeScript` and a file of the extension: nothing is
 * web-accessible, so a page cannot load or detect it.
 */
import type { Runtime, Scripting } from 'webextension-polyfill';
import { isSiteEnabled, normalizeHostname, type SettingsState } from '../settings';
import { ON_DEMAND_FILE } from './files';

/** What starting Maxim needs from the browser and the settings. */
export interface ActivationApis {
  loadState(): Promise<Pick<SettingsState, 'effective'>>;
  executeScript(injection: Scripting.ScriptInjection): Promise<unknown>;
}

/**
 * The site of the frame that asked: its own URL, or for about:blank and srcdoc frames (rich editors
 * keep their text there) the origin they inherit, or else the tab's page.
 */
export function senderHostname(sender: Runtime.MessageSender): string | null {
  const origin = (sender as Runtime.MessageSender & { origin?: string }).origin;
  for (const url of [sender.url, origin, sender.tab?.url]) {
    if (!url || !/^https?:/i.test(url)) continue;
    const host = normalizeHostname(url);
    if (host) return host;
  }
  return null;
}

/** Answers a bootstrap's `startHere`: injects the content script into its frame where Maxim is on. */
export function createActivation(apis: ActivationApis) {
  return async (sender: Runtime.MessageSender): Promise<{ started: boolean }> => {
    const tabId = sender.tab?.id;
    const host = senderHostname(sender);
    if (tabId === undefined || host === null) return { started: false };
    const { effective } = await apis.loadState();
    if (!isSiteEnabled(effective, host)) return { started: false };
    await apis.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: [ON_DEMAND_FILE],
    });
    return { started: true };
  };
}
