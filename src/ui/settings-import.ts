/**
 * Settings import without side effects: read a settings file (what "Export all settings" wrote),
 * validate its preferences and packs, and describe what importing it would change.
 */
import { validatePack } from '../data/schema';
import type { Pack } from '../data/types';
import { readSettingsFile, type SettingKey, type Settings } from '../settings';
import type { SettingsImportResult } from './connector';
import { canonical } from './pack-import';

/** What the import is compared with. */
export interface CurrentSettings {
  settings: Settings;
  /** The rep's packs (own principles included). */
  packs: readonly Pack[];
  /** Preferences the policy locks. */
  lockedKeys: readonly SettingKey[];
  /** The policy disables the rep's own packs. */
  packsLocked: boolean;
}

/** Reads a settings file's text and previews the import. Changes nothing. */
export function previewSettingsFile(text: string, current: CurrentSettings): SettingsImportResult {
  const read = readSettingsFile(text);
  if (!read.ok) return read;
  const problems: string[] = [];
  const packs: Pack[] = [];
  // A file without packs leaves the rep's packs as they are.
  if (read.file.packs === undefined) packs.push(...current.packs);
  (read.file.packs ?? []).forEach((raw, index) => {
    const result = validatePack(raw);
    if (result.ok) packs.push(result.pack);
    else
      for (const error of result.errors)
        problems.push(`${error.path.replace(/^\$/, `$.packs[${index}]`)}: ${error.message}`);
  });
  const ids = packs.map((p) => p.id);
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i)))
    problems.push(`$.packs: the pack "${id}" is in the file twice`);
  if (problems.length > 0) return { ok: false, problems };

  const settings: Partial<Record<SettingKey, unknown>> = {};
  const changed: SettingKey[] = [];
  const locked: SettingKey[] = [];
  for (const [key, value] of Object.entries(read.file.settings) as [SettingKey, unknown][]) {
    if (canonical(value) === canonical(current.settings[key])) continue;
    if (current.lockedKeys.includes(key)) {
      locked.push(key);
      continue;
    }
    settings[key] = value;
    changed.push(key);
  }
  const before = new Map(current.packs.map((p) => [p.id, p]));
  const after = new Set(ids);
  const preview = {
    settings: settings as Partial<Settings>,
    changed,
    locked,
    packs,
    packsAdded: packs.filter((p) => !before.has(p.id)),
    packsUpdated: packs.filter((p) => {
      const old = before.get(p.id);
      return old !== undefined && canonical(old) !== canonical(p);
    }),
    packsRemoved: current.packs.filter((p) => !after.has(p.id)),
    packsLocked: current.packsLocked,
  };
  return { ok: true, preview };
}

/** Whether importing the previewed file changes anything at all. */
export function importChangesNothing(preview: {
  changed: readonly unknown[];
  packsAdded: readonly unknown[];
  packsUpdated: readonly unknown[];
  packsRemoved: readonly unknown[];
  packsLocked: boolean;
}): boolean {
  const packs = preview.packsLocked
    ? 0
    : preview.packsAdded.length + preview.packsUpdated.length + preview.packsRemoved.length;
  return preview.changed.length === 0 && packs === 0;
}
