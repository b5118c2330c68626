/** The thin, typed client for the message protocol; the only place that calls runtime.sendMessage. */
import browser from 'webextension-polyfill';
import type {
  BackgroundMessage,
  BackgroundProtocol,
  ContentMessage,
  ContentProtocol,
  Reply,
  RequestOf,
  ResponseOf,
} from './protocol';

/** Unwraps a reply: returns the value or throws the handler's error message. */
function unwrap<T>(reply: unknown, type: string): T {
  const r = reply as Reply<T> | undefined;
  if (!r || typeof r !== 'object' || !('ok' in r)) throw new Error(`No answer to "${type}"`);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** Sends a message to the service worker and returns its typed response. */
export async function sendToBackground<K extends BackgroundMessage>(
  type: K,
  payload: RequestOf<BackgroundProtocol, K>,
): Promise<ResponseOf<BackgroundProtocol, K>> {
  return unwrap(await browser.runtime.sendMessage({ type, payload }), type);
}

/** Sends a message to the content scripts of every frame of a tab; the frame that can act answers. */
export async function sendToAllFrames<K extends ContentMessage>(
  tabId: number,
  type: K,
  payload: RequestOf<ContentProtocol, K>,
): Promise<ResponseOf<ContentProtocol, K>> {
  return unwrap(await browser.tabs.sendMessage(tabId, { type, payload }), type);
}
