/**
 * Notices: what the settings module tells the rep about their stored data (a value repaired, a pack
 * set aside, a value kept on this device only). The UI shows them; nothing here throws.
 */
import * as v from 'valibot';
import type { ItemDef } from './schema';

/** What happened, as a stable code the interface translates. */
export type NoticeProblem =
  /** The stored value was corrupt and went back to its default. */
  | 'reset-to-default'
  /** Some entries of a stored list or record were corrupt and were dropped; the rest was kept. */
  | 'invalid-entries-dropped'
  /** The value did not fit storage.sync's quota; it is kept in storage.local (not synced). */
  | 'stored-on-this-device-only'
  /** A stored pack failed validation; it was set aside in the quarantine, not deleted. */
  | 'pack-quarantined'
  /** A value of the organisation's policy was invalid and is ignored. */
  | 'policy-value-ignored'
  /** Settings were written by a newer version of Maxim; they are read, not rewritten. */
  | 'written-by-newer-version'
  /** Storage could not be read or written; defaults are in use. */
  | 'storage-unavailable';

/** One notice: which stored key, what happened, and details in English for logs and tooltips. */
export interface Notice {
  key: string;
  problem: NoticeProblem;
  detail?: string;
}

/** Builds a notice. */
export function notice(key: string, problem: NoticeProblem, detail?: string): Notice {
  return detail === undefined ? { key, problem } : { key, problem, detail };
}

/** A one-line summary of valibot issues: `path: message` of the first few. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/** The result of reading one stored value: the value to use and a notice when it was repaired. */
export interface Repaired<T> {
  value: T;
  notice?: Notice;
}

/**
 * Validates a stored value and repairs it: missing means default; corrupt lists and records keep
 * their valid entries; anything else corrupt goes back to its default. Never throws.
 */
export function repairValue<T>(key: string, def: ItemDef<T>, raw: unknown): Repaired<T> {
  if (raw === undefined || raw === null) return { value: structuredClone(def.fallback) };
  const parsed = v.safeParse(def.schema, raw);
  if (parsed.success) return { value: parsed.output };
  const detail = describeIssues(parsed.issues);
  const salvaged = def.salvage?.(raw);
  if (salvaged !== undefined) {
    return { value: salvaged, notice: notice(key, 'invalid-entries-dropped', detail) };
  }
  return { value: structuredClone(def.fallback), notice: notice(key, 'reset-to-default', detail) };
}

/** Validates a value about to be written; throws a TypeError naming the key when it is invalid. */
export function checkValue<T>(key: string, def: ItemDef<T>, value: unknown): T {
  const parsed = v.safeParse(def.schema, value);
  if (!parsed.success) {
    throw new TypeError(`Invalid value for setting "${key}": ${describeIssues(parsed.issues)}`);
  }
  return parsed.output;
}
