/**
 * How packs combine: principles in pack order, and a later pack's principle replaces an earlier
 * one with the same id in place (so a team's pack can rewrite a bundled principle without moving
 * it). The engine, the settings and the catalogue of the pages all merge through here.
 */
import type { Pack, Principle } from './types';

/** What a merge reads of a pack; callers may pass their own pack records. */
export type PrincipleSource = Pick<Pack, 'principles'>;

/** One principle of the merged packs: the winning principle, its pack and the packs it replaced. */
export interface MergedPrinciple<P extends PrincipleSource> {
  principle: Principle;
  pack: P;
  /** The packs whose principle with this id it replaced, earliest first. */
  overrides: P[];
}

/** The principles of `packs` with the pack each comes from, later packs winning in place. */
export function mergePacks<P extends PrincipleSource>(packs: readonly P[]): MergedPrinciple<P>[] {
  const position = new Map<string, number>();
  const merged: MergedPrinciple<P>[] = [];
  for (const pack of packs) {
    for (const principle of pack.principles) {
      const at = position.get(principle.id);
      const previous = at === undefined ? undefined : merged[at];
      if (at === undefined || previous === undefined) {
        position.set(principle.id, merged.length);
        merged.push({ principle, pack, overrides: [] });
      } else {
        merged[at] = { principle, pack, overrides: [...previous.overrides, previous.pack] };
      }
    }
  }
  return merged;
}

/** The principles of `packs`, later packs replacing earlier principles with the same id in place. */
export function mergePrinciples(packs: readonly PrincipleSource[]): Principle[] {
  return mergePacks(packs).map((entry) => entry.principle);
}
