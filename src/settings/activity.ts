/**
 * Dismissals and local statistics: kept in storage.local on this machine only, clearable.
 * Pure helpers here; the store wires them to the `dismissals` and `stats` items.
 */
import { MAX_DISMISSALS, type Dismissal, type StatCounts, type StatKind } from './schema';

/** Counts of a principle that never came up. */
export const ZERO_COUNTS: Readonly<StatCounts> = Object.freeze({
  shown: 0,
  inserted: 0,
  copied: 0,
  dismissed: 0,
});

/** FNV-1a over UTF-16 code units, with a seed so two runs give independent 32-bit halves. */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * A short fingerprint of a text, the same however it is spaced or capitalised, so a dismissal
 * survives re-rendering of the same draft. The text itself is never stored.
 */
export function fingerprintText(text: string): string {
  const normal = text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  return fnv1a(normal, 0x811c9dc5) + fnv1a(normal, 0x01000193);
}

/** The dismissals after one more: the same text and principle are stored once, newest kept. */
export function addDismissal(
  dismissals: readonly Dismissal[],
  fingerprint: string,
  principleId: string,
  at: number,
): Dismissal[] {
  const others = dismissals.filter(
    (d) => d.fingerprint !== fingerprint || d.principleId !== principleId,
  );
  return [...others, { fingerprint, principleId, at }].slice(-MAX_DISMISSALS);
}

/** Whether a principle was dismissed on a text (by fingerprint). */
export function isDismissed(
  dismissals: readonly Dismissal[],
  fingerprint: string,
  principleId: string,
): boolean {
  return dismissals.some((d) => d.fingerprint === fingerprint && d.principleId === principleId);
}

/** The statistics after one event for a principle. */
export function bumpStat(
  stats: Readonly<Record<string, StatCounts>>,
  principleId: string,
  kind: StatKind,
): Record<string, StatCounts> {
  const counts = stats[principleId] ?? ZERO_COUNTS;
  return { ...stats, [principleId]: { ...counts, [kind]: counts[kind] + 1 } };
}
