/**
 * Starting Maxim in a frame on demand. The top frame of a site Maxim runs on gets only the
 * bootstrap (content/bootstrap.ts); when focus moves into a frame, the bootstrap asks and the
 * worker injects the bootstrap into every frame of the tab, if Maxim is on for the tab's page.
 * When a field takes focus for the first time, the bootstrap of its frame asks, and the worker
 * injects the rest of the content script into that one frame if Maxim is on for the frame's site.
 * Both are injected with `scripting.executeScript` and a file of the extension: nothing is
 * web-accessible, so a page cannot load or detect it.
 */
import type { Runtime, Scripting } from 'webextension-polyfill';
import { isSiteEnabled, normalizeHostname, type SettingsState } from '../settings';
import { CONTENT_SCRIPT_FILE, ON_DEMAND_FILE } from './files';

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

/**
 * Answers a bootstrap's `startFrames`: injects the bootstrap into every frame of its tab (about:blank
 * and srcdoc frames included; frames of sites without a host permission are left out) where Maxim
 * is on for the tab's page. A frame that has it already ignores the second copy.
 */
export function createFrameActivation(apis: ActivationApis) {
  return async (sender: Runtime.MessageSender): Promise<{ started: boolean }> => {
    const tabId = sender.tab?.id;
    // The page the rep sees decides: the top frame's own site, or for a frame the tab's.
    const host = senderHostname(sender.frameId === 0 ? sender : { tab: sender.tab });
    if (tabId === undefined || host === null) return { started: false };
    const { effective } = await apis.loadState();
    if (!isSiteEnabled(effective, host)) return { started: false };
    await apis.executeScript({
      target: { tabId, allFrames: true },
      files: [CONTENT_SCRIPT_FILE],
    });
    return { started: true };
  };
}
