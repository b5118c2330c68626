/**
 * The connector's logic over a settings store and a small platform (permissions, the service
 * worker, clipboard, tabs). The extension and the in-memory connector differ only in the platform,
 * so tests of one exercise the other's logic too.
 */
import { validatePack, type PackError } from '../data/schema';
import type { Pack, Principle } from '../data/types';
import {
  OWN_PACK_ID,
  POLICY_LOCK_MESSAGE,
  SETTINGS_FILE_FORMAT,
  SETTINGS_SCHEMA_VERSION,
  SETTING_KEYS,
  normalizeHostname,
  ownPack,
  settingLock,
  userPacksLock,
  type SettingKey,
  type Settings,
  type SettingsStore,
  type SiteMode,
} from '../settings';
import type { SiteState } from '../messaging/protocol';
import { sitePermissionPatterns } from '../settings/sites';
import { buildUiState } from './catalogue';
import type {
  Connector,
  CurrentSite,
  OptionsData,
  SettingsImportPreview,
  SiteChange,
  UiState,
} from './connector';
import { latestOnly } from './latest';
import { packToText, readPackText } from './pack-import';
import { previewSettingsFile } from './settings-import';

/** What differs between the extension and the in-memory connector. */
export interface ConnectorPlatform {
  /** Asks for host permissions; must call the browser synchronously (it needs the user gesture). */
  requestOrigins(origins: string[]): Promise<boolean>;
  /** Asks the service worker to turn a site on or off (after the permission was granted). */
  applySite(request: { hostname: string; on: boolean; tabId?: number }): Promise<SiteState>;
  getCurrentSite(): Promise<CurrentSite>;
  copyText(text: string): Promise<boolean>;
  openOptions(): Promise<void>;
}

/** Both schemes, every host: what "everywhere" needs. */
export const ALL_SITES_PATTERNS = ['https://*/*', 'http://*/*'];

/** A pack or principle that failed validation, with every problem. */
export class PackValidationError extends Error {
  constructor(readonly errors: PackError[]) {
    super(errors.map((e) => `${e.path}: ${e.message}`).join('; '));
    this.name = 'PackValidationError';
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A failed site change, telling a policy lock apart from other failures. */
function failedChange(error: unknown): SiteChange {
  const message = errorText(error);
  return { ok: false, reason: message === POLICY_LOCK_MESSAGE ? 'locked' : 'failed', message };
}

/** Subscribes `reload` to some of the store's changes until `signal` aborts. */
type Subscribe = (reload: () => void, signal: AbortSignal) => void;

/**
 * A watch that reads everything again after each change the subscription reports: cheap, and a
 * page never shows a half-updated state. Only the newest read is delivered.
 */
function watchWith<T>(read: () => Promise<T>, subscribe: Subscribe) {
  return (cb: (value: T) => void, signal: AbortSignal): void => {
    const begin = latestOnly();
    const reload = () => {
      const isLatest = begin();
      read().then(
        (value) => {
          if (isLatest() && !signal.aborted) cb(value);
        },
        () => undefined,
      );
    };
    subscribe(reload, signal);
  };
}

/** Creates a connector over a settings store, the bundled packs and a platform. */
export function createConnector(
  store: SettingsStore,
  bundled: readonly Pack[],
  platform: ConnectorPlatform,
): Connector {
  async function readState() {
    const [state, user] = await Promise.all([store.loadState(), store.packs.load()]);
    return {
      ui: buildUiState(state, { bundled, user: user.packs }, user.notices),
      user: user.packs,
    };
  }

  const load = async (): Promise<UiState> => (await readState()).ui;

  async function loadOptionsData(): Promise<OptionsData> {
    const [{ ui, user, quarantined }, stats, statWeeks, dismissals] = await Promise.all([
      // After the packs are read: reading them is what sets a corrupt one aside.
      readState().then(async (state) => ({
        ...state,
        quarantined: await store.packs.quarantined(),
      })),
      store.items.stats.get(),
      store.items.statWeeks.get(),
      store.items.dismissals.get(),
    ]);
    // From the stored packs, not the catalogue: the policy may disable them, the page still lists them.
    const own = user.find((pack) => pack.id === OWN_PACK_ID)?.principles ?? [];
    const dismissalList = [...dismissals].sort((a, b) => b.at - a.at);
    return {
      ...ui,
      own,
      stats,
      statWeeks,
      dismissals: dismissals.length,
      dismissalList,
      quarantined,
    };
  }

  const watchState: Subscribe = (reload, signal) => {
    store.watchSettings(reload, signal);
    store.packs.onChanged(reload, signal);
  };
  const watchOptions: Subscribe = (reload, signal) => {
    watchState(reload, signal);
    store.items.stats.onChanged(reload, signal);
    store.items.statWeeks.onChanged(reload, signal);
    store.items.dismissals.onChanged(reload, signal);
    store.packs.onQuarantineChanged(reload, signal);
  };

  async function updateSettings(patch: Partial<Settings>) {
    const { policy } = await store.loadPolicy();
    const locked = (Object.keys(patch) as SettingKey[]).filter((key) => settingLock(policy, key));
    if (locked.length > 0) throw new Error(`${POLICY_LOCK_MESSAGE}: ${locked.join(', ')}`);
    return store.saveSettings(patch);
  }

  async function assertUserPacksAllowed(): Promise<void> {
    if (userPacksLock((await store.loadPolicy()).policy)) throw new Error(POLICY_LOCK_MESSAGE);
  }

  async function saveOwnPrinciple(principle: Principle, previousId?: string): Promise<void> {
    await assertUserPacksAllowed();
    const own = await store.packs.ownPrinciples();
    const index = own.findIndex((p) => p.id === principle.id);
    const saved = index < 0 ? [...own, principle] : own.with(index, principle);
    const renamed = previousId !== undefined && previousId !== principle.id;
    const next = renamed ? saved.filter((p) => p.id !== previousId) : saved;
    const result = validatePack(ownPack(next));
    if (!result.ok) throw new PackValidationError(result.errors);
    await store.packs.saveOwnPrinciples(result.pack.principles);
  }

  async function installed() {
    const [state, user] = await Promise.all([store.loadState(), store.packs.load()]);
    const ui = buildUiState(state, { bundled, user: user.packs }, []);
    return { bundled, user: user.packs, managed: state.policy.packs, summaries: ui.packs };
  }

  async function findPack(packId: string): Promise<Pack> {
    const { user, managed } = await installed();
    const pack = [...bundled, ...user, ...managed].find((p) => p.id === packId);
    if (!pack) throw new Error(`No pack "${packId}"`);
    return pack;
  }

  async function removePack(packId: string): Promise<void> {
    const { summaries } = await installed();
    const origin = summaries.find((s) => s.id === packId)?.origin;
    if (origin === 'bundled') throw new Error('The bundled pack cannot be removed');
    if (origin === 'managed') throw new Error(POLICY_LOCK_MESSAGE);
    await store.packs.remove(packId);
  }

  async function exportSettings(): Promise<string> {
    const [{ settings }, { packs }] = await Promise.all([store.loadSettings(), store.packs.load()]);
    const file = {
      format: SETTINGS_FILE_FORMAT,
      schemaVersion: SETTINGS_SCHEMA_VERSION,
      settings,
      packs,
    };
    return `${JSON.stringify(file, null, 2)}\n`;
  }

  async function previewSettingsImport(jsonText: string) {
    const [{ settings }, { packs }, { policy }] = await Promise.all([
      store.loadSettings(),
      store.packs.load(),
      store.loadPolicy(),
    ]);
    return previewSettingsFile(jsonText, {
      settings,
      packs,
      lockedKeys: SETTING_KEYS.filter((key) => settingLock(policy, key)),
      packsLocked: userPacksLock(policy) !== null,
    });
  }

  async function commitSettingsImport(preview: SettingsImportPreview) {
    // Packs first: a pack that cannot be stored (quota) fails before any preference changed.
    if (!preview.packsLocked) await store.packs.save(preview.packs);
    return updateSettings(preview.settings);
  }

  async function setFavourite(principleId: string, favourite: boolean): Promise<void> {
    const current = await store.items.favourites.get();
    const without = current.filter((id) => id !== principleId);
    await store.items.favourites.set(favourite ? [...without, principleId] : without);
  }

  function setSiteEnabled(hostname: string, on: boolean, tabId?: number): Promise<SiteChange> {
    const host = normalizeHostname(hostname);
    if (host === null) return Promise.resolve({ ok: false, reason: 'invalid-site' });
    // No await before this call: the permission prompt needs the click's user gesture.
    const asked = on
      ? platform.requestOrigins(sitePermissionPatterns(host))
      : Promise.resolve(true);
    const request = tabId === undefined ? { hostname: host, on } : { hostname: host, on, tabId };
    return asked.then(
      (granted): Promise<SiteChange> | SiteChange =>
        granted
          ? platform
              .applySite(request)
              .then((site): SiteChange => ({ ok: true, site }), failedChange)
          : { ok: false, reason: 'permission-denied' },
      failedChange,
    );
  }

  function setSiteMode(mode: SiteMode): Promise<SiteChange> {
    const asked =
      mode === 'everywhere' ? platform.requestOrigins(ALL_SITES_PATTERNS) : Promise.resolve(true);
    return asked.then(
      (granted): Promise<SiteChange> | SiteChange =>
        granted
          ? updateSettings({ siteMode: mode }).then(
              (): SiteChange => ({ ok: true, site: null }),
              failedChange,
            )
          : { ok: false, reason: 'permission-denied' },
      failedChange,
    );
  }

  return {
    load,
    watch: watchWith(load, watchState),
    loadOptionsData,
    watchOptionsData: watchWith(loadOptionsData, watchOptions),
    updateSettings,
    resetSettings: () => store.resetSettings(),
    dismissRepairNotices: () => store.dismissRepairNotices(),
    exportSettings,
    previewSettingsImport,
    commitSettingsImport,
    setFavourite,
    saveOwnPrinciple,
    deleteOwnPrinciple: async (principleId) => {
      const own = await store.packs.ownPrinciples();
      await store.packs.saveOwnPrinciples(own.filter((p) => p.id !== principleId));
    },
    previewImport: async (jsonText) => readPackText(jsonText, await installed()),
    commitImport: async (preview) => {
      await assertUserPacksAllowed();
      if (preview.pack.id === OWN_PACK_ID)
        await store.packs.saveOwnPrinciples(preview.pack.principles);
      else await store.packs.upsert(preview.pack);
    },
    exportPack: async (packId) => packToText(await findPack(packId)),
    removePack,
    clearQuarantine: () => store.packs.clearQuarantine(),
    clearStats: () => store.clearStats(),
    clearDismissals: () => store.clearDismissals(),
    forgetDismissal: (fingerprint, principleId) => store.forgetDismissal(fingerprint, principleId),
    recordCopy: (principleId) => store.recordStat(principleId, 'copied'),
    getCurrentSite: () => platform.getCurrentSite(),
    setSiteEnabled,
    setSiteMode,
    copyText: (text) => platform.copyText(text),
    openOptions: () => platform.openOptions(),
  };
}
