/** Which principles the popup lists: the search (ranked), then the chosen filter. */
import type { Category } from '../data/types';
import type { PrincipleEntry } from '../ui/connector';
import type { PrincipleSearch } from '../ui/principle-search';

/** The filter chips: everything, the favourites, or one category. */
export type Filter =
  { kind: 'all' } | { kind: 'favourites' } | { kind: 'category'; category: Category };

/** Whether an entry passes a filter. */
function passes(entry: PrincipleEntry, filter: Filter): boolean {
  if (filter.kind === 'favourites') return entry.favourite;
  if (filter.kind === 'category') return entry.principle.category === filter.category;
  return true;
}

/** The entries to list: all in catalogue order, or the search's matches best first; then filtered. */
export function visibleEntries(
  entries: readonly PrincipleEntry[],
  search: PrincipleSearch,
  query: string,
  filter: Filter,
): PrincipleEntry[] {
  const ranked = search.search(query);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const ordered = ranked === null ? [...entries] : ranked.flatMap((id) => byId.get(id) ?? []);
  return ordered.filter((entry) => passes(entry, filter));
}

/**
 * The entries with those of the current draft first, in the draft's order (best first), and how
 * many of them there are; the others follow in their own order.
 */
export function draftFirst(
  entries: readonly PrincipleEntry[],
  draftIds: readonly string[],
): { entries: PrincipleEntry[]; draftCount: number } {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const draft = [...new Set(draftIds)].flatMap((id) => byId.get(id) ?? []);
  const inDraft = new Set(draft.map((entry) => entry.id));
  return {
    entries: [...draft, ...entries.filter((entry) => !inDraft.has(entry.id))],
    draftCount: draft.length,
  };
}

/** Whether two filters are the same chip. */
export function sameFilter(a: Filter, b: Filter): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== 'category' || (b.kind === 'category' && a.category === b.category);
}
