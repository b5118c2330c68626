/** Where Maxim is running: the page's hostname and the writing context it implies. */
import type { Context } from '../src/engine/types';
import { knownSiteFor } from '../src/settings';

/**
 * The hostname this frame belongs to. about:blank and srcdoc frames (TinyMCE, inline frames)
 * have no hostname of their own but inherit their parent's origin.
 */
export function pageHostname(win: Window = window): string {
  if (win.location.hostname) return win.location.hostname;
  try {
    if (win.origin && win.origin !== 'null') return new URL(win.origin).hostname;
  } catch {
    // An opaque origin: fall through to the parent.
  }
  try {
    return win.parent !== win ? win.parent.location.hostname : '';
  } catch {
    return '';
  }
}

/** The kind of the known site a hostname belongs to (`email` or `crm`), `any` elsewhere. */
export function writingContext(hostname: string): Context {
  return knownSiteFor(hostname)?.kind ?? 'any';
}
