import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDismissal, fingerprintText, isDismissed } from '../../../src/settings/activity';
import { MAX_DISMISSALS } from '../../../src/settings/schema';
import { createSettingsStore } from '../../../src/settings/store';
import { fakeStorage } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('fingerprints', () => {
  it('ignore spacing and case but tell different texts apart', () => {
    expect(fingerprintText('Sorry for the  delay.\n')).toBe(
      fingerprintText('sorry for the delay.'),
    );
    expect(fingerprintText('Sorry for the delay.')).not.toBe(
      fingerprintText('Sorry for the delays.'),
    );
    expect(fingerprintText('x')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('dismissals', () => {
  it('are stored once per text and principle, newest last, capped', () => {
    let list = addDismissal([], 'aaa', 'p', 1);
    list = addDismissal(list, 'aaa', 'p', 2);
    expect(list).toEqual([{ fingerprint: 'aaa', principleId: 'p', at: 2 }]);
    for (let i = 0; i < MAX_DISMISSALS + 10; i++) list = addDismissal(list, `f${i}`, 'p', 10 + i);
    expect(list).toHaveLength(MAX_DISMISSALS);
    expect(list[0]?.fingerprint).toBe('f10');
    expect(isDismissed(list, `f${MAX_DISMISSALS + 9}`, 'p')).toBe(true);
    expect(isDismissed(list, 'aaa', 'p')).toBe(false);
  });

  it('are kept in storage.local with a timestamp and counted', async () => {
    const store = createSettingsStore(fakeStorage(), { now: () => 42 });
    await store.dismiss('abc', 'trust-your-team');
    expect(await fakeBrowser.storage.local.get('dismissals')).toEqual({
      dismissals: [{ fingerprint: 'abc', principleId: 'trust-your-team', at: 42 }],
    });
    expect(await fakeBrowser.storage.sync.get('dismissals')).toEqual({ dismissals: undefined });
    expect((await store.items.stats.get())['trust-your-team']?.dismissed).toBe(1);
    await store.clearDismissals();
    expect(await store.items.dismissals.get()).toEqual([]);
  });

  it("can be taken back one at a time (the card's undo), leaving the others", async () => {
    const store = createSettingsStore(fakeStorage(), { now: () => 7 });
    await store.dismiss('abc', 'trust-your-team');
    await store.dismiss('abc', 'tone-check');
    await store.dismiss('def', 'trust-your-team');
    await store.forgetDismissal('abc', 'trust-your-team');
    expect(await store.items.dismissals.get()).toEqual([
      { fingerprint: 'abc', principleId: 'tone-check', at: 7 },
      { fingerprint: 'def', principleId: 'trust-your-team', at: 7 },
    ]);
    await store.forgetDismissal('zzz', 'tone-check');
    expect(await store.items.dismissals.get()).toHaveLength(2);
  });
});

describe('statistics', () => {
  it('count per principle and kind, locally, and clear', async () => {
    const store = createSettingsStore(fakeStorage());
    await store.recordStat('trust-your-team', 'shown');
    await store.recordStat('trust-your-team', 'shown');
    await store.recordStat('trust-your-team', 'inserted');
    await store.recordStat('own-mistakes-openly', 'copied');
    expect(await store.items.stats.get()).toEqual({
      'trust-your-team': { shown: 2, inserted: 1, copied: 0, dismissed: 0 },
      'own-mistakes-openly': { shown: 0, inserted: 0, copied: 1, dismissed: 0 },
    });
    expect(Object.keys(await fakeBrowser.storage.local.get('stats'))).toEqual(['stats']);
    await store.clearStats();
    expect(await store.items.stats.get()).toEqual({});
  });

  it('muting a principle from the card turns it off like the options page does', async () => {
    const store = createSettingsStore(fakeStorage());
    await store.mutePrinciple('trust-your-team');
    await store.mutePrinciple('trust-your-team');
    expect((await store.loadSettings()).settings.disabledPrinciples).toEqual(['trust-your-team']);
    // The card's undo turns it back on, and only it.
    await store.mutePrinciple('tone-check');
    await store.unmutePrinciple('trust-your-team');
    expect((await store.loadSettings()).settings.disabledPrinciples).toEqual(['tone-check']);
  });
});
