/**
 * The settings file (what "Export all settings" writes): its shape, and reading one back without
 * side effects. Every preference is validated by its schema; a file with any problem is refused as
 * a whole, so an import never leaves half of a file applied.
 */
import * as v from 'valibot';
import { describeIssues } from './notices';
import {
  PREFERENCE_DEFS,
  SETTINGS_SCHEMA_VERSION,
  SETTING_KEYS,
  type ItemDef,
  type SettingKey,
  type Settings,
} from './schema';

/** The `format` field of a settings file. */
export const SETTINGS_FILE_FORMAT = 'maxim-settings';

/** A settings file as read: preferences checked, packs still to be validated by the caller. */
export interface SettingsFile {
  settings: Partial<Settings>;
  /** The packs as they are in the file (validate each with the pack schema); absent: packs stay. */
  packs?: unknown[];
}

/** A read settings file, or every problem (JSON path and what is wrong). */
export type SettingsFileResult =
  { ok: true; file: SettingsFile } | { ok: false; problems: string[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the text of a settings file. Changes nothing. */
export function readSettingsFile(text: string): SettingsFileResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`not JSON: ${(error as Error).message}`] };
  }
  if (!isRecord(raw) || raw.format !== SETTINGS_FILE_FORMAT)
    return { ok: false, problems: [`$.format: must be "${SETTINGS_FILE_FORMAT}"`] };
  const problems: string[] = [];
  if (typeof raw.schemaVersion !== 'number' || raw.schemaVersion > SETTINGS_SCHEMA_VERSION)
    problems.push(
      `$.schemaVersion: unsupported ${JSON.stringify(raw.schemaVersion)}; supported: 1 to ${SETTINGS_SCHEMA_VERSION}`,
    );
  const settings: Record<string, unknown> = {};
  if (!isRecord(raw.settings)) problems.push('$.settings: must be an object');
  else
    for (const [key, value] of Object.entries(raw.settings)) {
      if (!(SETTING_KEYS as string[]).includes(key)) {
        problems.push(`$.settings.${key}: is not a setting of Maxim`);
        continue;
      }
      const def = PREFERENCE_DEFS[key as SettingKey] as ItemDef<unknown>;
      const parsed = v.safeParse(def.schema, value);
      if (parsed.success) settings[key] = parsed.output;
      else problems.push(`$.settings.${key}: ${describeIssues(parsed.issues)}`);
    }
  const { packs } = raw;
  if (packs !== undefined && !Array.isArray(packs)) problems.push('$.packs: must be an array');
  if (problems.length > 0) return { ok: false, problems };
  const file: SettingsFile = { settings: settings as Partial<Settings> };
  if (Array.isArray(packs)) file.packs = packs;
  return { ok: true, file };
}
