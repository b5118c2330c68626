/**
 * Pack import without side effects: parse and validate a file's text, refuse ids that cannot be
 * replaced, and describe what the import would add, update, leave or remove.
 */
import { parsePackJson, validatePack } from '../data/schema';
import type { Pack, Principle } from '../data/types';
import type { ImportPreview, ImportResult, PackSummary } from './connector';

/** The installed packs an import is compared with. */
export interface InstalledPacks {
  bundled: readonly Pack[];
  user: readonly Pack[];
  managed: readonly Pack[];
  summaries: readonly PackSummary[];
}

/** A value as text in which key order does not matter: two equal values give the same text. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(
      ([, v]) => v !== undefined,
    );
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Whether two principles are the same in every field. */
export function samePrinciple(a: Principle, b: Principle): boolean {
  return canonical(a) === canonical(b);
}

/** What importing a valid pack would change, compared with what is installed. */
export function previewPack(pack: Pack, installed: InstalledPacks): ImportPreview {
  const current = installed.user.find((p) => p.id === pack.id);
  const before = new Map((current?.principles ?? []).map((p) => [p.id, p]));
  const preview: ImportPreview = {
    pack,
    replaces:
      installed.summaries.find(
        (s) => s.id === pack.id && (s.origin === 'imported' || s.origin === 'own'),
      ) ?? null,
    added: [],
    updated: [],
    unchanged: [],
    removed: [],
    overrides: [],
  };
  for (const principle of pack.principles) {
    const old = before.get(principle.id);
    if (!old) preview.added.push(principle.id);
    else if (samePrinciple(old, principle)) preview.unchanged.push(principle.id);
    else preview.updated.push(principle.id);
  }
  const incoming = new Set(pack.principles.map((p) => p.id));
  preview.removed = [...before.keys()].filter((id) => !incoming.has(id));
  const others = [...installed.bundled, ...installed.user, ...installed.managed].filter(
    (p) => p.id !== pack.id,
  );
  for (const principle of pack.principles) {
    const owner = others.find((p) => p.principles.some((q) => q.id === principle.id));
    if (owner) preview.overrides.push({ id: principle.id, packName: owner.name });
  }
  return preview;
}

/**
 * Reads a pack file's text: JSON syntax (with line and column), the pack format (JSON paths), and
 * ids an import cannot take (the bundled pack's, a pack the organisation provides).
 */
export function readPackText(text: string, installed: InstalledPacks): ImportResult {
  const parsed = parsePackJson(text);
  if (!parsed.ok) return { ok: false, errors: [{ path: '$', message: parsed.message }] };
  const result = validatePack(parsed.value);
  if (!result.ok) return { ok: false, errors: result.errors };
  const { pack } = result;
  if (installed.bundled.some((p) => p.id === pack.id)) {
    return {
      ok: false,
      errors: [
        {
          path: '$.id',
          message: `"${pack.id}" is the bundled pack's id; give your pack an id of its own`,
        },
      ],
    };
  }
  if (installed.managed.some((p) => p.id === pack.id)) {
    return {
      ok: false,
      errors: [
        {
          path: '$.id',
          message: `"${pack.id}" is provided by your organisation and cannot be replaced`,
        },
      ],
    };
  }
  return { ok: true, preview: previewPack(pack, installed) };
}

/** A pack as the pretty JSON text of a pack file. */
export function packToText(pack: Pack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}
