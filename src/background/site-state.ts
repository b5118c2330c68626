/** Answers whether Maxim runs on a site: known hosts, granted permissions. */
import browser from 'webextension-polyfill';
import { isKnownHost } from '../settings/known-hosts';
import type { SiteState } from '../messaging/protocol';

/** The site state of a URL; pages that are not http(s) are never permitted. */
export async function siteStateFor(url: string): Promise<SiteState> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { hostname: '', enabled: false, known: false, permitted: false };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return { hostname: parsed.hostname, enabled: false, known: false, permitted: false };
  }
  const known = isKnownHost(parsed.hostname);
  const permitted = known || (await browser.permissions.contains({ origins: [`${parsed.origin}/*`] }));
  return { hostname: parsed.hostname, enabled: permitted, known, permitted };
}
