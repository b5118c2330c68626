/**
 * The settings schema: every stored value with its valibot schema, its default and its storage area.
 * Small preferences live in `storage.sync`; bulky or per-machine records in `storage.local`.
 * Bump SETTINGS_SCHEMA_VERSION together with a migration in migrations.ts.
 */
import * as v from 'valibot';
import type { Category, Context } from '../data/types';

/** The current version of the stored settings shape. */
export const SETTINGS_SCHEMA_VERSION = 1;

/** Every principle category, for validating `disabledCategories`. */
export const CATEGORIES = [
  'marketing',
  'service',
  'sales',
  'communication',
  'ethics',
  'crm',
] as const satisfies readonly Category[];
// Fails to compile when data/types.ts gains a category that is missing above.
const allCategoriesListed: Exclude<Category, (typeof CATEGORIES)[number]> extends never
  ? true
  : false = true;
void allCategoriesListed;

const CONTEXTS = ['email', 'crm', 'any'] as const satisfies readonly Context[];

/** Most dismissals kept; the oldest go first. */
export const MAX_DISMISSALS = 500;

/** Weeks of statistics history kept; older weeks go first. */
export const MAX_STAT_WEEKS = 12;

const principleId = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120));
const hostname = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.minLength(1),
  v.maxLength(253),
  v.regex(/^[a-z0-9._:[\]-]+$/),
);
const unitInterval = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const contextList = v.pipe(v.array(v.picklist(CONTEXTS)), v.minLength(1), v.transform(unique));

/** A dismissed suggestion: which principle, on which text (a fingerprint), when, and where if known. */
const dismissal = v.object({
  fingerprint: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  principleId,
  at: count,
  site: v.optional(hostname),
});

/** How often a principle came up and what the rep did with it. */
const statCounts = v.object({
  shown: count,
  inserted: count,
  copied: count,
  dismissed: count,
});

/** The Monday (UTC) a week of statistics starts on, as `YYYY-MM-DD`. */
const weekKey = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** A plain object, not an array (valibot's record accepts arrays). */
function isPlainRecord(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

/** Where a value is stored. */
export type Area = 'sync' | 'local';

/** One stored value: its schema, default, area, and how to salvage part of a corrupt value. */
export interface ItemDef<T> {
  area: Area;
  schema: v.GenericSchema<unknown, T>;
  fallback: T;
  /** Keeps the valid parts of a corrupt list or record; undefined when nothing can be kept. */
  salvage?: (raw: unknown) => T | undefined;
}

function item<T>(area: Area, schema: v.GenericSchema<unknown, T>, fallback: T): ItemDef<T> {
  return { area, schema, fallback };
}

/** A list whose invalid entries are dropped one by one instead of resetting the whole list. */
function list<T>(
  area: Area,
  entry: v.GenericSchema<unknown, T>,
  limit?: (items: T[]) => T[],
): ItemDef<T[]> {
  const tidy = (items: T[]) => (limit ? limit(unique(items)) : unique(items));
  return {
    area,
    schema: v.pipe(v.array(entry), v.transform(tidy)),
    fallback: [],
    salvage: (raw) => {
      if (!Array.isArray(raw)) return undefined;
      const kept = raw.flatMap((x) => {
        const parsed = v.safeParse(entry, x);
        return parsed.success ? [parsed.output] : [];
      });
      return tidy(kept);
    },
  };
}

/** A record whose invalid entries are dropped one by one. */
function dict<T>(
  area: Area,
  key: v.GenericSchema<string, string>,
  value: v.GenericSchema<unknown, T>,
): ItemDef<Record<string, T>> {
  return {
    area,
    schema: v.pipe(
      v.custom<Record<string, unknown>>(isPlainRecord, 'Expected an object'),
      v.record(key, value),
    ),
    fallback: {},
    salvage: (raw) => {
      if (!isPlainRecord(raw)) return undefined;
      const kept: Record<string, T> = {};
      for (const [k, x] of Object.entries(raw)) {
        const parsedKey = v.safeParse(key, k);
        const parsedValue = v.safeParse(value, x);
        if (parsedKey.success && parsedValue.success) kept[parsedKey.output] = parsedValue.output;
      }
      return kept;
    },
  };
}

/** A record of weeks keeping only the newest MAX_STAT_WEEKS (keys sort by date). */
function weeks<T>(
  area: Area,
  key: v.GenericSchema<string, string>,
  value: v.GenericSchema<unknown, T>,
): ItemDef<Record<string, T>> {
  const base = dict(area, key, value);
  const newest = (record: Record<string, T>) =>
    Object.fromEntries(
      Object.entries(record)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .slice(-MAX_STAT_WEEKS),
    );
  return {
    area,
    schema: v.pipe(base.schema, v.transform(newest)),
    fallback: {},
    salvage: (raw) => {
      const kept = base.salvage?.(raw);
      return kept === undefined ? undefined : newest(kept);
    },
  };
}

const newestDismissals = (items: v.InferOutput<typeof dismissal>[]) =>
  [...items].sort((a, b) => a.at - b.at).slice(-MAX_DISMISSALS);

/** The rep's preferences, each stored under its own key in storage.sync. */
export const PREFERENCE_DEFS = {
  /** Maxim on or off everywhere. */
  enabled: item('sync', v.boolean(), true),
  /** Maxim is paused everywhere until this time (ms since 1970); 0 or a past time: not paused. */
  pausedUntil: item('sync', count, 0),
  /** `known`: the known email/CRM hosts plus `sitesOn`; `everywhere`: every site. */
  siteMode: item('sync', v.picklist(['known', 'everywhere']), 'known' as 'known' | 'everywhere'),
  /** Hostnames the rep turned on (each also covers its subdomains). */
  sitesOn: list('sync', hostname),
  /** Hostnames the rep turned off; wins over every other site setting of the rep. */
  sitesOff: list('sync', hostname),
  /** Principles turned off, in the options page or muted from the inline card (one list). */
  disabledPrinciples: list('sync', principleId),
  /** Categories turned off; their principles never fire. */
  disabledCategories: list('sync', v.picklist(CATEGORIES)),
  /** 0 (only the strongest matches) .. 1 (everything remotely relevant). */
  sensitivity: item('sync', unitInterval, 0.5),
  /** Per-principle sensitivity overriding the global one. */
  principleSensitivity: dict('sync', principleId, unitInterval),
  /** Per-principle contexts overriding those of the pack. */
  principleContexts: dict('sync', principleId, contextList),
  /** Principles starred in the popup. */
  favourites: list('sync', principleId),
  /** Interface language; `auto` follows the browser. */
  uiLanguage: item('sync', v.picklist(['auto', 'en', 'de']), 'auto' as 'auto' | 'en' | 'de'),
  /** Language of the texts analysed; `auto` detects it per text. */
  analysisLanguage: item('sync', v.picklist(['auto', 'en', 'de']), 'auto' as 'auto' | 'en' | 'de'),
  /** Colour theme of popup, options and inline card. */
  theme: item(
    'sync',
    v.picklist(['system', 'light', 'dark']),
    'system' as 'system' | 'light' | 'dark',
  ),
  /** Mark the phrases that made a principle fire. */
  showHighlights: item('sync', v.boolean(), true),
};

/** Records kept on this machine only, each under its own key in storage.local. */
export const RECORD_DEFS = {
  /** Suggestions the rep dismissed, capped at MAX_DISMISSALS, newest kept. */
  dismissals: list('local', dismissal, newestDismissals),
  /** Per-principle counts of what came up and what was used, since counting began (all time). */
  stats: dict('local', principleId, statCounts),
  /**
   * The same counts per week (by the week's Monday), the newest MAX_STAT_WEEKS weeks. It began
   * with this key: the totals counted before stay in `stats` and are not spread over weeks.
   */
  statWeeks: weeks('local', weekKey, v.record(principleId, statCounts)),
};

/** Every item stored through the typed accessors. */
export const ITEM_DEFS = { ...PREFERENCE_DEFS, ...RECORD_DEFS };

type OutputOf<D> = D extends ItemDef<infer T> ? T : never;

/** The rep's preferences as the popup, options page and content script read them. */
export type Settings = {
  [K in keyof typeof PREFERENCE_DEFS]: OutputOf<(typeof PREFERENCE_DEFS)[K]>;
};
/** Every value stored through a typed accessor, by key. */
export type ItemValues = { [K in keyof typeof ITEM_DEFS]: OutputOf<(typeof ITEM_DEFS)[K]> };
/** The key of a preference. */
export type SettingKey = keyof Settings;
/** The key of any item stored through a typed accessor. */
export type ItemKey = keyof ItemValues;

export type SiteMode = Settings['siteMode'];
export type Dismissal = v.InferOutput<typeof dismissal>;
export type StatCounts = v.InferOutput<typeof statCounts>;
export type StatKind = keyof StatCounts;
/** Counts per week (its Monday, `YYYY-MM-DD`) and principle. */
export type StatWeeks = Record<string, Record<string, StatCounts>>;

/** Every preference key, in a stable order. */
export const SETTING_KEYS = Object.keys(PREFERENCE_DEFS) as SettingKey[];
/** Every item key, in a stable order. */
export const ITEM_KEYS = Object.keys(ITEM_DEFS) as ItemKey[];

/** A fresh copy of the default value of an item. */
export function defaultOf<K extends ItemKey>(key: K): ItemValues[K] {
  return structuredClone(ITEM_DEFS[key].fallback) as ItemValues[K];
}

/** A fresh copy of the default preferences. */
export function defaultSettings(): Settings {
  return Object.fromEntries(SETTING_KEYS.map((key) => [key, defaultOf(key)])) as Settings;
}

/** Schemas reused by the policy reader. */
export const valueSchemas = { principleId, hostname, unitInterval };
