/** Weekly statistics: which week an event falls in, the bounded history, the chart's totals. */
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { bumpWeek, lastWeeks, weekOf, weeklyTotals } from '../../../src/settings/activity';
import { MAX_STAT_WEEKS } from '../../../src/settings/schema';
import { createSettingsStore } from '../../../src/settings/store';
import { fakeStorage } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

const at = (iso: string) => Date.parse(iso);

describe('weeks', () => {
  it('start on Monday (UTC)', () => {
    expect(weekOf(at('2026-12-07T00:00:00Z'))).toBe('2026-12-07'); // a Monday
    expect(weekOf(at('2026-12-06T23:59:59Z'))).toBe('2026-11-30'); // the Sunday before
    expect(weekOf(at('2026-12-04T12:00:00Z'))).toBe('2026-11-30');
    expect(weekOf(at('1970-01-01T00:00:00Z'))).toBe('1969-12-29');
    expect(lastWeeks(at('2026-12-04T12:00:00Z'), 3)).toEqual([
      '2026-11-16',
      '2026-11-23',
      '2026-11-30',
    ]);
  });

  it('count each event in its week and keep only the newest weeks', () => {
    let weeks = bumpWeek({}, 'p', 'shown', at('2026-12-01T10:00:00Z'));
    weeks = bumpWeek(weeks, 'p', 'shown', at('2026-12-03T10:00:00Z'));
    weeks = bumpWeek(weeks, 'p', 'copied', at('2026-12-08T10:00:00Z'));
    expect(weeks).toEqual({
      '2026-11-30': { p: { shown: 2, inserted: 0, copied: 0, dismissed: 0 } },
      '2026-12-07': { p: { shown: 0, inserted: 0, copied: 1, dismissed: 0 } },
    });
    let long = {};
    for (let i = 0; i < MAX_STAT_WEEKS + 5; i++)
      long = bumpWeek(long, 'p', 'shown', at('2026-01-05T10:00:00Z') + i * 7 * 86_400_000);
    const keys = Object.keys(long);
    expect(keys).toHaveLength(MAX_STAT_WEEKS);
    expect(keys[0]).toBe('2026-02-09'); // the first 5 weeks went
  });

  it('add up to what came up, was used (inserted + copied) and was dismissed, per week', () => {
    const weeks = {
      '2026-11-23': {
        a: { shown: 4, inserted: 1, copied: 2, dismissed: 1 },
        b: { shown: 1, inserted: 0, copied: 0, dismissed: 1 },
      },
      '2026-11-30': { b: { shown: 3, inserted: 1, copied: 0, dismissed: 0 } },
      '2025-01-06': { a: { shown: 99, inserted: 0, copied: 0, dismissed: 0 } },
    };
    const now = at('2026-12-04T12:00:00Z');
    expect(weeklyTotals(weeks, now, 3)).toEqual([
      { week: '2026-11-16', shown: 0, used: 0, dismissed: 0 },
      { week: '2026-11-23', shown: 5, used: 3, dismissed: 2 },
      { week: '2026-11-30', shown: 3, used: 1, dismissed: 0 },
    ]);
    expect(weeklyTotals(weeks, now, 2, new Set(['a']))).toEqual([
      { week: '2026-11-23', shown: 4, used: 3, dismissed: 1 },
      { week: '2026-11-30', shown: 0, used: 0, dismissed: 0 },
    ]);
  });

  it('are recorded by the store next to the totals, cleared with them, and repaired when damaged', async () => {
    let now = at('2026-12-01T10:00:00Z');
    const store = createSettingsStore(fakeStorage(), { now: () => now });
    await store.recordStat('p', 'shown');
    now = at('2026-12-09T10:00:00Z');
    await store.recordStat('p', 'inserted');
    await store.dismiss('f', 'p');
    expect(await store.items.stats.get()).toEqual({
      p: { shown: 1, inserted: 1, copied: 0, dismissed: 1 },
    });
    expect(await store.items.statWeeks.get()).toEqual({
      '2026-11-30': { p: { shown: 1, inserted: 0, copied: 0, dismissed: 0 } },
      '2026-12-07': { p: { shown: 0, inserted: 1, copied: 0, dismissed: 1 } },
    });
    await store.clearStats();
    expect(await store.items.statWeeks.get()).toEqual({});
    // Old totals (from before weeks were kept) stay as they are; a damaged week is dropped alone.
    await fakeBrowser.storage.local.set({
      stats: { p: { shown: 7, inserted: 0, copied: 0, dismissed: 0 } },
      statWeeks: {
        '2026-12-07': { p: { shown: 1, inserted: 0, copied: 0, dismissed: 0 } },
        oops: 3,
      },
    });
    expect((await store.items.stats.get()).p?.shown).toBe(7);
    expect(await store.items.statWeeks.get()).toEqual({
      '2026-12-07': { p: { shown: 1, inserted: 0, copied: 0, dismissed: 0 } },
    });
  });
});

describe('dismissals with their site', () => {
  it('keep the site they were made on and can be forgotten one at a time', async () => {
    const store = createSettingsStore(fakeStorage(), {
      now: () => 5,
      site: () => 'mail.google.com',
    });
    await store.dismiss('f1', 'p');
    await store.dismiss('f2', 'q');
    expect(await store.items.dismissals.get()).toEqual([
      { fingerprint: 'f1', principleId: 'p', at: 5, site: 'mail.google.com' },
      { fingerprint: 'f2', principleId: 'q', at: 5, site: 'mail.google.com' },
    ]);
    await store.forgetDismissal('f1', 'p');
    expect((await store.items.dismissals.get()).map((d) => d.principleId)).toEqual(['q']);
  });
});
