/**
 * Team deployment: the organisation's policy from `storage.managed` (schema: managed_schema.json).
 * Every policy value is validated on its own; an invalid one is ignored with a notice.
 */
import * as v from 'valibot';
import type { Pack } from '../data/types';
import { validatePack } from '../data/schema';
import { notice, describeIssues, type Notice } from './notices';
import { valueSchemas, type SiteMode } from './schema';
import type { StorageLike } from './storage';

/** What an administrator can set; absent values leave the rep's settings alone. */
export interface ManagedPolicy {
  /** Team packs, always active; the rep cannot remove them. */
  packs: Pack[];
  /** Principles forced on, whatever the rep turned off. */
  lockedOn: string[];
  /** Principles forced off; wins over lockedOn. */
  lockedOff: string[];
  /** Sites forced on, on top of the rep's own; the rep cannot turn them off. */
  sitesOn: string[];
  siteMode?: SiteMode;
  sensitivity?: number;
  /** Ignore the rep's own packs and own principles. */
  disableUserPacks: boolean;
}

/** One problem of a pack: JSON path and what is wrong. */
export interface PackProblem {
  path: string;
  message: string;
}

/** Validates a pack, as `validatePack` of src/data/schema.ts does. */
export type PackValidator = (
  input: unknown,
) => { ok: true; pack: Pack } | { ok: false; errors: PackProblem[] };

/** No policy at all. */
export const EMPTY_POLICY: Readonly<ManagedPolicy> = Object.freeze({
  packs: [],
  lockedOn: [],
  lockedOff: [],
  sitesOn: [],
  disableUserPacks: false,
});

const policyKey = (name: string) => `policy.${name}`;

/** Keeps the valid entries of a policy list; notes the rest. */
function parseList(
  name: string,
  entry: v.GenericSchema<unknown, string>,
  raw: unknown,
  notices: Notice[],
): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    notices.push(notice(policyKey(name), 'policy-value-ignored', 'expected a list'));
    return [];
  }
  const kept: string[] = [];
  raw.forEach((x, index) => {
    const parsed = v.safeParse(entry, x);
    if (parsed.success) kept.push(parsed.output);
    else
      notices.push(
        notice(
          policyKey(`${name}[${index}]`),
          'policy-value-ignored',
          describeIssues(parsed.issues),
        ),
      );
  });
  return [...new Set(kept)];
}

function parseScalar<T>(
  name: string,
  schema: v.GenericSchema<unknown, T>,
  raw: unknown,
  notices: Notice[],
): T | undefined {
  if (raw === undefined) return undefined;
  const parsed = v.safeParse(schema, raw);
  if (parsed.success) return parsed.output;
  notices.push(notice(policyKey(name), 'policy-value-ignored', describeIssues(parsed.issues)));
  return undefined;
}

/**
 * One policy pack: a Pack object (Firefox policies.json, Linux JSON policy files) or the JSON text
 * of one (Chrome's schema declares strings, which every policy source can carry).
 */
function parsePack(raw: unknown, index: number, validate: PackValidator, notices: Notice[]) {
  const key = policyKey(`packs[${index}]`);
  let input = raw;
  if (typeof raw === 'string') {
    try {
      input = JSON.parse(raw);
    } catch (error) {
      notices.push(notice(key, 'policy-value-ignored', `not valid JSON: ${String(error)}`));
      return undefined;
    }
  }
  const result = validate(input);
  if (result.ok) return result.pack;
  const detail = result.errors
    .slice(0, 3)
    .map((e) => `${e.path}: ${e.message}`)
    .join('; ');
  notices.push(notice(key, 'policy-value-ignored', detail));
  return undefined;
}

/** Validates raw managed storage into a policy; never throws. */
export function parsePolicy(
  raw: Record<string, unknown>,
  validate: PackValidator = validatePack,
): { policy: ManagedPolicy; notices: Notice[] } {
  const notices: Notice[] = [];
  const packs: Pack[] = [];
  if (Array.isArray(raw.packs)) {
    raw.packs.forEach((x, i) => {
      const pack = parsePack(x, i, validate, notices);
      if (pack) packs.push(pack);
    });
  } else if (raw.packs !== undefined) {
    notices.push(notice(policyKey('packs'), 'policy-value-ignored', 'expected a list'));
  }
  const lockedOff = parseList('lockedOff', valueSchemas.principleId, raw.lockedOff, notices);
  const lockedOn = parseList('lockedOn', valueSchemas.principleId, raw.lockedOn, notices).filter(
    (id) => !lockedOff.includes(id),
  );
  const policy: ManagedPolicy = {
    packs,
    lockedOn,
    lockedOff,
    sitesOn: parseList('sitesOn', valueSchemas.hostname, raw.sitesOn, notices),
    disableUserPacks:
      parseScalar('disableUserPacks', v.boolean(), raw.disableUserPacks, notices) ?? false,
  };
  const siteMode = parseScalar(
    'siteMode',
    v.picklist(['known', 'everywhere']),
    raw.siteMode,
    notices,
  );
  if (siteMode !== undefined) policy.siteMode = siteMode;
  const sensitivity = parseScalar(
    'sensitivity',
    valueSchemas.unitInterval,
    raw.sensitivity,
    notices,
  );
  if (sensitivity !== undefined) policy.sensitivity = sensitivity;
  return { policy, notices };
}

/**
 * Reads the policy. Without one, Chrome answers `{}` and Firefox rejects ("Managed storage manifest
 * not found"); both mean no policy, so this never throws.
 */
export async function readPolicy(
  storage: StorageLike,
  validate: PackValidator = validatePack,
): Promise<{ policy: ManagedPolicy; notices: Notice[] }> {
  let raw: Record<string, unknown>;
  try {
    raw = (await storage.managed?.get(null)) ?? {};
  } catch {
    return { policy: structuredClone(EMPTY_POLICY), notices: [] };
  }
  return parsePolicy(raw, validate);
}

/** Whether the organisation set anything at all (the options page then shows a "managed" banner). */
export function isManaged(policy: ManagedPolicy): boolean {
  return (
    policy.packs.length > 0 ||
    policy.lockedOn.length > 0 ||
    policy.lockedOff.length > 0 ||
    policy.sitesOn.length > 0 ||
    policy.siteMode !== undefined ||
    policy.sensitivity !== undefined ||
    policy.disableUserPacks
  );
}
