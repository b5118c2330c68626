/**
 * Dismissals and local statistics: kept in storage.local on this machine only, clearable.
 * Pure helpers here; the store wires them to the `dismissals` and `stats` items.
 */
import {
  MAX_DISMISSALS,
  MAX_STAT_WEEKS,
  type Dismissal,
  type StatCounts,
  type StatKind,
  type StatWeeks,
} from './schema';

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
  site?: string,
): Dismissal[] {
  const others = dismissals.filter(
    (d) => d.fingerprint !== fingerprint || d.principleId !== principleId,
  );
  const added: Dismissal = site
    ? { fingerprint, principleId, at, site }
    : { fingerprint, principleId, at };
  return [...others, added].slice(-MAX_DISMISSALS);
}

/** The dismissals without one (by text fingerprint and principle). */
export function removeDismissal(
  dismissals: readonly Dismissal[],
  fingerprint: string,
  principleId: string,
): Dismissal[] {
  return dismissals.filter((d) => d.fingerprint !== fingerprint || d.principleId !== principleId);
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

const DAY = 86_400_000;

/** The week a moment falls in: its Monday (UTC) as `YYYY-MM-DD`. */
export function weekOf(at: number): string {
  const day = Math.floor(at / DAY);
  // 1970-01-01 was a Thursday: day 0 is 3 days after a Monday.
  const monday = day - ((day + 3) % 7);
  return new Date(monday * DAY).toISOString().slice(0, 10);
}

/** The Mondays of the `count` weeks up to the one `at` falls in, oldest first. */
export function lastWeeks(at: number, count: number): string[] {
  const current = Date.parse(`${weekOf(at)}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) =>
    new Date(current - (count - 1 - i) * 7 * DAY).toISOString().slice(0, 10),
  );
}

/** The weekly statistics after one event at `at`; only the newest MAX_STAT_WEEKS weeks are kept. */
export function bumpWeek(
  weeks: Readonly<StatWeeks>,
  principleId: string,
  kind: StatKind,
  at: number,
): StatWeeks {
  const week = weekOf(at);
  const next = { ...weeks, [week]: bumpStat(weeks[week] ?? {}, principleId, kind) };
  const kept = Object.keys(next).sort().slice(-MAX_STAT_WEEKS);
  return Object.fromEntries(kept.map((key) => [key, next[key] ?? {}]));
}

/** One week of the chart: what came up, was used (inserted or copied) and was dismissed. */
export interface WeekTotals {
  week: string;
  shown: number;
  used: number;
  dismissed: number;
}

/**
 * The totals of each of the `count` weeks up to `at`, oldest first, for all principles or for
 * those in `only`. Weeks without a record count zero.
 */
export function weeklyTotals(
  weeks: Readonly<StatWeeks>,
  at: number,
  count: number = MAX_STAT_WEEKS,
  only?: ReadonlySet<string>,
): WeekTotals[] {
  return lastWeeks(at, count).map((week) => {
    const totals: WeekTotals = { week, shown: 0, used: 0, dismissed: 0 };
    for (const [id, counts] of Object.entries(weeks[week] ?? {})) {
      if (only && !only.has(id)) continue;
      totals.shown += counts.shown;
      totals.used += counts.inserted + counts.copied;
      totals.dismissed += counts.dismissed;
    }
    return totals;
  });
}
