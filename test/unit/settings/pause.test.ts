/** Pausing Maxim everywhere: when a pause ends, and what it does to the effective settings. */
import { describe, expect, it, vi } from 'vitest';
import { createPauseEnd, PAUSE_ALARM } from '../../../src/background/pause-end';
import {
  RESUME_PATCH,
  defaultSettings,
  effectiveSettings,
  isPausedAt,
  isSiteEnabled,
  pausePatch,
  pauseState,
  startOfTomorrow,
} from '../../../src/settings';

const HOUR = 3_600_000;
/** Wed 3 Dec 2025, 14:30 local time. */
const NOW = new Date(2025, 11, 3, 14, 30).getTime();

describe('pause expiry', () => {
  it('pauses for one hour, and not a moment longer', () => {
    const patch = pausePatch('hour', NOW);
    expect(patch).toEqual({ enabled: true, pausedUntil: NOW + HOUR });
    expect(isPausedAt(patch, NOW)).toBe(true);
    expect(isPausedAt(patch, NOW + HOUR - 1)).toBe(true);
    expect(isPausedAt(patch, NOW + HOUR)).toBe(false);
  });

  it('pauses until the start of the next day in local time', () => {
    const until = pausePatch('tomorrow', NOW).pausedUntil;
    expect(until).toBe(new Date(2025, 11, 4, 0, 0).getTime());
    expect(startOfTomorrow(new Date(2025, 11, 31, 23, 59).getTime())).toBe(
      new Date(2026, 0, 1).getTime(),
    );
  });

  it('pauses until turned on again with the global switch, with no time', () => {
    const patch = pausePatch('off', NOW);
    expect(patch).toEqual({ enabled: false, pausedUntil: 0 });
    expect(pauseState(patch, NOW + 1000 * HOUR)).toEqual({ kind: 'off' });
  });

  it('tells running, paused until a time, and off apart; resume ends any pause', () => {
    expect(pauseState(defaultSettings(), NOW)).toEqual({ kind: 'running' });
    expect(pauseState({ enabled: true, pausedUntil: NOW + HOUR }, NOW)).toEqual({
      kind: 'paused',
      until: NOW + HOUR,
    });
    expect(pauseState({ enabled: true, pausedUntil: NOW - 1 }, NOW)).toEqual({ kind: 'running' });
    expect(pauseState(RESUME_PATCH, NOW)).toEqual({ kind: 'running' });
  });

  it('turns Maxim off on every site while the pause runs, and on again after it', () => {
    const paused = { ...defaultSettings(), pausedUntil: NOW + HOUR };
    expect(isSiteEnabled(effectiveSettings(paused, undefined, NOW), 'mail.google.com')).toBe(false);
    expect(isSiteEnabled(effectiveSettings(paused, undefined, NOW + HOUR), 'mail.google.com')).toBe(
      true,
    );
    // The rep's own value stays as stored.
    expect(effectiveSettings(paused, undefined, NOW).pausedUntil).toBe(NOW + HOUR);
  });
});

describe('the end of a pause in the service worker', () => {
  function fakes(stored: { enabled: boolean; pausedUntil: number }, now: number) {
    const alarms = new Map<string, number>();
    const badge = { text: '' };
    const saved: unknown[] = [];
    const end = createPauseEnd({
      alarms: {
        create: (name, { when }) => void alarms.set(name, when),
        clear: async (name) => alarms.delete(name),
      },
      setBadge: async (text) => void (badge.text = text),
      pausedBadge: () => 'off',
      loadSettings: async () => stored,
      saveSettings: vi.fn(async (patch) => {
        saved.push(patch);
        Object.assign(stored, patch);
      }),
      now: () => now,
    });
    return { end, alarms, badge, saved };
  }

  it('sets an alarm at the end and a badge, and clears both when the pause is over', async () => {
    const { end, alarms, badge } = fakes({ enabled: true, pausedUntil: NOW + HOUR }, NOW);
    await end.sync({ enabled: true, pausedUntil: NOW + HOUR });
    expect(alarms.get(PAUSE_ALARM)).toBe(NOW + HOUR);
    expect(badge.text).toBe('off');
    await end.sync(RESUME_PATCH);
    expect(alarms.has(PAUSE_ALARM)).toBe(false);
    expect(badge.text).toBe('');
  });

  it('clears the stored pause when its alarm goes off at its end', async () => {
    const { end, saved } = fakes({ enabled: true, pausedUntil: NOW }, NOW);
    await end.onAlarm(PAUSE_ALARM);
    expect(saved).toEqual([{ pausedUntil: 0 }]);
  });

  it('keeps a later pause the rep chose in the meantime, and ignores other alarms', async () => {
    const { end, saved, alarms } = fakes({ enabled: true, pausedUntil: NOW + HOUR }, NOW);
    await end.onAlarm('something-else');
    await end.onAlarm(PAUSE_ALARM);
    expect(saved).toEqual([]);
    expect(alarms.get(PAUSE_ALARM)).toBe(NOW + HOUR);
  });
});
