/**
 * Content-script registration for sites that are not known hosts. The manifest covers the known
 * email and CRM hosts; every other site the rep turns on (or every site, in "everywhere" mode) gets
 * a persistent registration while its host permission is granted. `reconcile` derives the wanted
 * registrations from settings and permissions and brings the browser's in line, so every trigger
 * (install, start-up, a settings change, a permission granted or revoked) runs the same code.
 */
import type { Scripting } from 'webextension-polyfill';
import {
  KNOWN_HOST_MATCHES,
  sitePermissionPatterns,
  subdomainsTurnedOff,
  turnedOnHosts,
  type SiteSettings,
} from '../settings';
import { CONTENT_SCRIPT_FILE } from './files';

/** Prefix of the registration id of one site: `maxim-site:<hostname>`. */
export const SITE_SCRIPT_PREFIX = 'maxim-site:';
/** Registration id of "everywhere" mode. */
export const EVERYWHERE_SCRIPT_ID = 'maxim-everywhere';

const ALL_SITES = ['https://*/*', 'http://*/*'];

/** The parts of `browser.scripting` used here. */
export interface ScriptingApi {
  getRegisteredContentScripts(
    filter?: Scripting.ContentScriptFilter,
  ): Promise<Scripting.RegisteredContentScript[]>;
  registerContentScripts(scripts: Scripting.RegisteredContentScript[]): Promise<void>;
  unregisterContentScripts(filter?: Scripting.ContentScriptFilter): Promise<void>;
  executeScript(injection: Scripting.ScriptInjection): Promise<unknown>;
}

/** The parts of `browser.permissions` and `browser.tabs` used here. */
export interface RegistrationApis {
  scripting: ScriptingApi;
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
  tabs: { query(query: { url: string[] }): Promise<{ id?: number }[]> };
}

/** Whether a registration belongs to Maxim's site management. */
function isOwnScript(id: string): boolean {
  return id === EVERYWHERE_SCRIPT_ID || id.startsWith(SITE_SCRIPT_PREFIX);
}

/** A registration with Maxim's fixed options. */
function registration(
  id: string,
  matches: string[],
  excludeMatches: string[],
): Scripting.RegisteredContentScript {
  const script: Scripting.RegisteredContentScript = {
    id,
    matches,
    js: [CONTENT_SCRIPT_FILE],
    // The top frame only, as in the manifest: the bootstrap starts itself in the frames once focus
    // moves into one (content/bootstrap.ts).
    allFrames: false,
    // The MV3 form of match_about_blank: also about:blank pages a matching page opens.
    matchOriginAsFallback: true,
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
  if (excludeMatches.length > 0) script.excludeMatches = excludeMatches;
  return script;
}

/** The patterns of `patterns` whose permission is granted (each asked separately: http may be missing). */
async function grantedOf(apis: RegistrationApis, patterns: readonly string[]): Promise<string[]> {
  const granted = await Promise.all(
    patterns.map((p) => apis.permissions.contains({ origins: [p] }).catch(() => false)),
  );
  return patterns.filter((_p, i) => granted[i]);
}

/** The registrations settings and permissions call for. */
export async function wantedScripts(
  apis: RegistrationApis,
  settings: SiteSettings,
): Promise<Scripting.RegisteredContentScript[]> {
  const offPatterns = settings.sitesOff.flatMap(sitePermissionPatterns);
  if (settings.siteMode === 'everywhere') {
    const matches = await grantedOf(apis, ALL_SITES);
    // The known hosts already have the manifest's content script.
    if (matches.length > 0)
      return [registration(EVERYWHERE_SCRIPT_ID, matches, [...KNOWN_HOST_MATCHES, ...offPatterns])];
  }
  const scripts: Scripting.RegisteredContentScript[] = [];
  for (const host of turnedOnHosts(settings)) {
    const matches = await grantedOf(apis, sitePermissionPatterns(host));
    if (matches.length === 0) continue;
    const excluded = subdomainsTurnedOff(settings, host).flatMap(sitePermissionPatterns);
    scripts.push(registration(`${SITE_SCRIPT_PREFIX}${host}`, matches, excluded));
  }
  return scripts;
}

/** What identifies a registration's effect, to tell whether an existing one is still right. */
function fingerprint(script: Scripting.RegisteredContentScript): string {
  const sorted = (list?: string[]) => [...(list ?? [])].sort().join(' ');
  return `${script.id}|${sorted(script.matches)}|${sorted(script.excludeMatches)}`;
}

/** Registers, replaces and removes registrations; returns the ids registered afterwards. */
async function apply(
  apis: RegistrationApis,
  wanted: Scripting.RegisteredContentScript[],
): Promise<string[]> {
  const current = (await apis.scripting.getRegisteredContentScripts()).filter((s) =>
    isOwnScript(s.id),
  );
  const wantedPrints = new Set(wanted.map(fingerprint));
  const currentPrints = new Set(current.map(fingerprint));
  const stale = current.filter((s) => !wantedPrints.has(fingerprint(s))).map((s) => s.id);
  const missing = wanted.filter((s) => !currentPrints.has(fingerprint(s)));
  if (stale.length > 0) await apis.scripting.unregisterContentScripts({ ids: stale });
  if (missing.length > 0) await apis.scripting.registerContentScripts(missing);
  return wanted.map((s) => s.id).sort();
}

/** The registrar of the service worker. */
export interface SiteRegistrar {
  /** Brings registrations in line with the settings; calls are queued, never run in parallel. */
  reconcile(settings: SiteSettings): Promise<string[]>;
  /** Starts the content script now in the given tabs and the open tabs of a hostname (all frames). */
  startIn(hostname: string, tabIds: readonly number[]): Promise<number>;
}

/** Creates the registrar over the browser's APIs (or fakes in tests). */
export function createSiteRegistrar(apis: RegistrationApis): SiteRegistrar {
  // Two overlapping runs would both see a registration missing and register it twice (an error).
  let queue: Promise<unknown> = Promise.resolve();
  function reconcile(settings: SiteSettings): Promise<string[]> {
    const run = queue.then(async () => apply(apis, await wantedScripts(apis, settings)));
    queue = run.catch(() => undefined);
    return run;
  }

  async function startIn(hostname: string, tabIds: readonly number[]): Promise<number> {
    const open = await apis.tabs.query({ url: sitePermissionPatterns(hostname) }).catch(() => []);
    const targets = new Set([
      ...tabIds,
      ...open.flatMap((tab) => (tab.id === undefined ? [] : [tab.id])),
    ]);
    let started = 0;
    for (const tabId of targets) {
      // The content script starts once per frame (it guards itself), so a second injection is harmless.
      const injected = await apis.scripting
        .executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT_FILE] })
        .then(
          () => true,
          () => false,
        );
      if (injected) started++;
    }
    return started;
  }

  return { reconcile, startIn };
}
