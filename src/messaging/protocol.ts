/**
 * The one message protocol between content scripts, the service worker, the popup and the options
 * page. Each message name maps to its request and response; the router in src/background must
 * handle every name (the compiler checks), and `client.ts` is the only sender.
 */
import type { Context, Evidence, Language, Principle, TextRange } from '../engine/types';
import type { SiteState } from '../settings';

export type { SiteState };

/** What the card shows of a principle: everything but its signals and examples. */
export type PrincipleCard = Pick<Principle, 'id' | 'category' | 'contexts' | 'source' | 'text'>;

/** One relevant principle for a text, as the content script receives it. */
export interface InlineSuggestion {
  id: string;
  score: number;
  evidence: Evidence[];
  principle: PrincipleCard;
  /** Brought up by the quoted message the rep is answering (evidence in the quoted text). */
  reply?: true;
  /** The draft already does what the principle asks: the words that show it. */
  done?: Evidence[];
}

/** The analysis of a text, as the content script receives it. */
export interface InlineAnalysis {
  language: Language;
  suggestions: InlineSuggestion[];
  /** What the quoted message the rep answers calls for (see `Analysis.replyTo`). */
  replyTo: InlineSuggestion[];
}

/** Messages handled by the service worker. */
export interface BackgroundProtocol {
  /** Liveness and version check. */
  ping: { request: null; response: { version: string } };
  /** A frame's bootstrap saw a field take focus: start Maxim in that frame if it is on for the site. */
  startHere: { request: null; response: { started: boolean } };
  /**
   * A bootstrap saw focus move into a frame: start the bootstrap in every frame of the tab if
   * Maxim is on for the tab's page.
   */
  startFrames: { request: null; response: { started: boolean } };
  /** Opens the options page in a tab. */
  openOptions: { request: null; response: null };
  /** What Maxim does on the site of a URL. */
  getSiteState: { request: { url: string }; response: SiteState };
  /**
   * Turns Maxim on or off for a hostname: updates the site lists, registers or unregisters the
   * content script for a site that is not known, and on "on" starts Maxim in the open tabs of the
   * site (and in `tabId`). The sender asks for the host permission first (it needs a user gesture).
   */
  setSiteEnabled: {
    request: { hostname: string; on: boolean; tabId?: number };
    response: SiteState;
  };
  /** Brings the content-script registrations in line with settings and permissions; returns their ids. */
  syncSiteScripts: { request: null; response: string[] };
  /**
   * Analyses a text with the rep's packs and settings. The engine and the packs live in the
   * service worker, so a web page never loads them (the page budget) and never runs them on its
   * main thread; nothing leaves the browser.
   */
  analyze: {
    request: {
      text: string;
      /** Where the text is written (email or CRM note); the worker reads the rep's settings itself. */
      context: Context;
      /** What the editor's DOM marks as quoted or as signature, in offsets of `text`. */
      structure?: { quoted: TextRange[]; ignored: TextRange[] };
    };
    response: InlineAnalysis;
  };
  /**
   * The principles of the field Maxim analysed last in a tab, best first (ids only: the rep's
   * text is never kept), while the tab still shows `url`; empty when there is none.
   */
  getTabDraft: { request: { tabId: number; url?: string }; response: { principleIds: string[] } };
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
export function isEnvelope<P>(
  message: unknown,
  names: readonly (keyof P)[],
): message is Envelope<P, keyof P> {
  if (typeof message !== 'object' || message === null) return false;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' && (names as readonly unknown[]).includes(type);
}
