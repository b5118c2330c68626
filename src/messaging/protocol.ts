/**
 * The one message protocol between content scripts, the service worker, the popup and the options
 * page. Each message name maps to its request and response; the router in src/background must
 * handle every name (the compiler checks), and `client.ts` is the only sender.
 */

/** Whether Maxim runs on a site, and why. */
export interface SiteState {
  hostname: string;
  /** Maxim analyses text on this site. */
  enabled: boolean;
  /** The site is one of the known email and CRM hosts. */
  known: boolean;
  /** Maxim may run there: a known host or a granted optional host permission. */
  permitted: boolean;
}

/** Messages handled by the service worker. */
export interface BackgroundProtocol {
  /** Liveness and version check. */
  ping: { request: null; response: { version: string } };
  /** Opens the options page in a tab. */
  openOptions: { request: null; response: null };
  /** What Maxim does on the site of a URL. */
  getSiteState: { request: { url: string }; response: SiteState };
}

/** Messages the service worker sends to a tab's content script. */
export interface ContentProtocol {
  /** The keyboard shortcut was pressed: open the card for the focused field. */
  openCard: { request: null; response: { opened: boolean } };
}

export type BackgroundMessage = keyof BackgroundProtocol;
export type ContentMessage = keyof ContentProtocol;

/** A message on the wire: its name and its request payload. */
export interface Envelope<P, K extends keyof P> {
  type: K;
  payload: P[K] extends { request: infer R } ? R : never;
}

/** The request of message K of protocol P. */
export type RequestOf<P, K extends keyof P> = P[K] extends { request: infer R } ? R : never;
/** The response of message K of protocol P. */
export type ResponseOf<P, K extends keyof P> = P[K] extends { response: infer R } ? R : never;

/** What every handler returns on the wire, so errors reach the sender as values, not as rejections. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Narrows an unknown runtime message to an envelope of one of the given names. */
export function isEnvelope<P>(message: unknown, names: readonly (keyof P)[]): message is Envelope<P, keyof P> {
  if (typeof message !== 'object' || message === null) return false;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' && (names as readonly unknown[]).includes(type);
}
