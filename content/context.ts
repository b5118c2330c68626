/** Where Maxim is running: the page's hostname and the writing context it implies. */
import type { Context } from '../src/engine/types';
import { knownSiteFor } from '../src/settings';

/** Known products whose fields are emails; every other known product is a CRM or helpdesk. */
const EMAIL_PRODUCTS = new Set(['Gmail', 'Outlook on the web', 'LinkedIn messaging']);

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

/** `email` on mail hosts, `crm` on CRM and helpdesk hosts, `any` elsewhere. */
export function writingContext(hostname: string): Context {
  const site = knownSiteFor(hostname);
  if (!site) return 'any';
  return EMAIL_PRODUCTS.has(site.name) ? 'email' : 'crm';
}
