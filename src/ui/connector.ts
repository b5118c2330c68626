/**
 * The one interface through which the popup and the options page get all their data and make
 * every change. Components never touch extension APIs or storage: `connector-core.ts` implements
 * it over the settings store, `connector-extension.ts` binds that to the browser and
 * `connector-memory.ts` to memory (component tests, the browser preview).
 */
import type { PackError } from '../data/schema';
import type { Category, Pack, Principle } from '../data/types';
import type { SiteState } from '../messaging/protocol';
import type {
  EffectiveSettings,
  Lock,
  ManagedPolicy,
  Notice,
  QuarantinedPack,
  SettingKey,
  Settings,
  SiteMode,
  StatCounts,
  StatWeeks,
  Dismissal,
} from '../settings';

export type { SiteState } from '../messaging/protocol';

/** Where a pack comes from. */
export type PackOrigin = 'bundled' | 'imported' | 'own' | 'managed';

/** A pack as the pages list it. */
export interface PackSummary {
  id: string;
  name: string;
  version: string;
  description?: string;
  origin: PackOrigin;
  principleCount: number;
  /** Active: false for the rep's packs while the policy disables them. */
  active: boolean;
  /** Set when the policy provides the pack (it cannot be removed) or disables the rep's packs. */
  lock: Lock | null;
}

/** One principle of the merged catalogue, with where it comes from and what the settings say. */
export interface PrincipleEntry {
  id: string;
  principle: Principle;
  /** The pack that provides it (a later pack overrides an earlier one with the same id). */
  pack: { id: string; name: string; origin: PackOrigin };
  /** Packs whose principle of the same id this one replaces. */
  overrides: { id: string; name: string }[];
  /** It can fire: not turned off, its category not turned off, or forced on by the policy. */
  enabled: boolean;
  favourite: boolean;
  /** The policy forces it on or off. */
  lock: Lock<'on' | 'off'> | null;
}

/** What the organisation's policy sets, for "Set by your organisation" badges. */
export interface ManagedInfo {
  /** The policy sets anything at all. */
  managed: boolean;
  /** Locked settings (siteMode, sensitivity) with the value they are forced to. */
  settings: Partial<Record<SettingKey, Lock>>;
  /** Sites the policy keeps on. */
  sitesLockedOn: string[];
  /** The rep's own packs and own principles are ignored. */
  userPacksDisabled: Lock | null;
}

/** Everything a page shows, read in one go and refreshed after every change anywhere. */
export interface UiState {
  /** The rep's own values, for forms. */
  settings: Settings;
  /** What Maxim acts on: the rep's values with the policy applied. */
  effective: EffectiveSettings;
  policy: ManagedPolicy;
  managed: ManagedInfo;
  /** What was repaired or set aside while reading (settings, packs, policy). */
  notices: Notice[];
  packs: PackSummary[];
  /** Every principle of the active packs, in pack order (bundled first). */
  principles: PrincipleEntry[];
  /** Categories present in the catalogue, in a stable order. */
  categories: Category[];
}

/** Everything the options page shows: the state plus what only that page lists. */
export interface OptionsData extends UiState {
  /** The rep's own principles (also while the policy disables them). */
  own: Principle[];
  /** Per-principle counts of what came up and what was used, kept on this machine. */
  stats: Record<string, StatCounts>;
  /** The same counts per week, the newest weeks only (`MAX_STAT_WEEKS`). */
  statWeeks: StatWeeks;
  /** How many dismissed suggestions are remembered. */
  dismissals: number;
  /** The remembered dismissals, newest first. */
  dismissalList: Dismissal[];
  /** Stored packs that failed validation and were set aside. */
  quarantined: QuarantinedPack[];
}

/** The page the popup was opened on. */
export interface CurrentSite {
  /** The tab, when there is one. */
  tabId?: number;
  site: SiteState;
  /**
   * The principles of the field Maxim analysed last in this tab, best first (ids only); none
   * when Maxim analysed nothing there since the page loaded.
   */
  draft?: string[];
}

/** The outcome of turning Maxim on or off for a site, or of changing the site mode. */
export type SiteChange =
  | { ok: true; site: SiteState | null }
  | {
      ok: false;
      reason: 'permission-denied' | 'locked' | 'invalid-site' | 'failed';
      message?: string;
    };

/** What importing a pack would change; nothing is stored until `commitImport`. */
export interface ImportPreview {
  pack: Pack;
  /** The installed pack with the same id, if any (the import replaces it). */
  replaces: PackSummary | null;
  /** Principle ids, by what the import does to them. */
  added: string[];
  updated: string[];
  unchanged: string[];
  /** In the installed pack of the same id but not in the import. */
  removed: string[];
  /** Principles that replace one of the same id from another pack. */
  overrides: { id: string; packName: string }[];
}

/** The outcome of reading a pack file: a preview, or every problem with its JSON path. */
export type ImportResult =
  { ok: true; preview: ImportPreview } | { ok: false; errors: PackError[] };

/** What importing a settings file would change; nothing is stored until `commitSettingsImport`. */
export interface SettingsImportPreview {
  /** The file's preferences that differ from the stored ones (those the policy locks left out). */
  settings: Partial<Settings>;
  /** Their keys. */
  changed: SettingKey[];
  /** Preferences the file would change but the policy locks: they stay as they are. */
  locked: SettingKey[];
  /** The rep's packs after the import (own principles included): the file's packs. */
  packs: Pack[];
  packsAdded: Pack[];
  packsUpdated: Pack[];
  /** The rep's packs that are not in the file: the import removes them. */
  packsRemoved: Pack[];
  /** The policy disables the rep's packs: the file's packs are not applied. */
  packsLocked: boolean;
}

/** The outcome of reading a settings file: a preview, or every problem with its JSON path. */
export type SettingsImportResult =
  { ok: true; preview: SettingsImportPreview } | { ok: false; problems: string[] };

/** The pages' access to Maxim's data and to the browser. */
export interface Connector {
  /** Reads everything. Never rejects on bad stored data (it is repaired, with notices). */
  load(): Promise<UiState>;
  /** Calls `cb` with a fresh state after every change of settings, policy or packs, until `signal` aborts. */
  watch(cb: (state: UiState) => void, signal: AbortSignal): void;
  /** Reads everything the options page shows. Never rejects on bad stored data. */
  loadOptionsData(): Promise<OptionsData>;
  /** As `watch`, with the options page's data; also after statistics, dismissals or set-aside packs change. */
  watchOptionsData(cb: (data: OptionsData) => void, signal: AbortSignal): void;
  /** Validates and stores preferences; rejects on an invalid value or a setting the policy locks. */
  updateSettings(patch: Partial<Settings>): Promise<Notice[]>;
  /** Every preference back to its default (packs and statistics stay). */
  resetSettings(): Promise<Notice[]>;
  /** Forgets the notices of repaired stored data: the rep dismissed them. */
  dismissRepairNotices(): Promise<void>;
  /** Preferences, own principles and imported packs as pretty JSON text. */
  exportSettings(): Promise<string>;
  /** Reads a settings file's text (as `exportSettings` writes it) and previews the import. Changes nothing. */
  previewSettingsImport(jsonText: string): Promise<SettingsImportResult>;
  /** Applies a previewed settings file: its preferences, and its packs in place of the rep's. */
  commitSettingsImport(preview: SettingsImportPreview): Promise<Notice[]>;

  /** Stars or un-stars a principle. */
  setFavourite(principleId: string, favourite: boolean): Promise<void>;

  /**
   * Adds or replaces one of the rep's own principles; rejects with the problems when invalid.
   * With `previousId` (the principle was renamed), the one stored under that id is dropped in the same write.
   */
  saveOwnPrinciple(principle: Principle, previousId?: string): Promise<void>;
  deleteOwnPrinciple(principleId: string): Promise<void>;

  /** Reads a pack file's text and previews the import. Changes nothing. */
  previewImport(jsonText: string): Promise<ImportResult>;
  /** Stores a previewed pack (replacing the one with the same id). */
  commitImport(preview: ImportPreview): Promise<void>;
  /** A pack (bundled, imported, own or managed) as pretty JSON text, ready to save as a file. */
  exportPack(packId: string): Promise<string>;
  /** Removes an imported pack or the own principles; rejects for bundled and managed packs. */
  removePack(packId: string): Promise<void>;
  /** Deletes the set-aside packs (`OptionsData.quarantined`). */
  clearQuarantine(): Promise<void>;

  /** Deletes the statistics (`OptionsData.stats`). */
  clearStats(): Promise<void>;
  /** Forgets the dismissed suggestions (`OptionsData.dismissals`). */
  clearDismissals(): Promise<void>;
  /** Forgets one dismissed suggestion: it comes up again on that text. */
  forgetDismissal(fingerprint: string, principleId: string): Promise<void>;
  /** Counts a phrasing copied from the popup or the options page. */
  recordCopy(principleId: string): Promise<void>;

  /** The page the popup was opened on and what Maxim does there. */
  getCurrentSite(): Promise<CurrentSite>;
  /**
   * Turns Maxim on or off for a hostname. Call it straight from the click handler, before any
   * `await`: turning a site on asks the browser for its host permission, which needs the gesture.
   * `tabId` also starts Maxim in that tab at once.
   */
  setSiteEnabled(hostname: string, on: boolean, tabId?: number): Promise<SiteChange>;
  /** Known sites only, or everywhere (asks for the all-sites permission; call from the click handler). */
  setSiteMode(mode: SiteMode): Promise<SiteChange>;

  /** Copies text to the clipboard; false when the browser refused. */
  copyText(text: string): Promise<boolean>;
  openOptions(): Promise<void>;
}
