/**
 * Pausing Maxim everywhere: for an hour, until tomorrow, or until the rep turns it back on. A
 * pause for a time is a timestamp (`pausedUntil`); "until turned back on" is the global switch
 * (`enabled: false`). Maxim is paused while the clock is before the timestamp, so a pause ends by
 * itself even when nothing wakes up at its end; the service worker also clears the timestamp
 * then, so every open page hears of it (src/background/pause-end.ts). Pure functions of a time.
 */
import type { Settings } from './schema';

const HOUR_MS = 60 * 60 * 1000;

/** The pauses the popup offers. */
export type PauseChoice = 'hour' | 'tomorrow' | 'off';

/** What the popup shows: running, paused until a time, or off until turned back on. */
export type PauseState = { kind: 'running' } | { kind: 'paused'; until: number } | { kind: 'off' };

type PauseSettings = Pick<Settings, 'enabled' | 'pausedUntil'>;

/** Whether a pause for a time is still running at `now`. */
export function isPausedAt(settings: Pick<Settings, 'pausedUntil'>, now: number): boolean {
  return settings.pausedUntil > now;
}

/** Whether, and how, Maxim is paused at `now`. */
export function pauseState(settings: PauseSettings, now: number): PauseState {
  if (!settings.enabled) return { kind: 'off' };
  if (isPausedAt(settings, now)) return { kind: 'paused', until: settings.pausedUntil };
  return { kind: 'running' };
}

/** The start of the next day in local time (also across a change to or from summer time). */
export function startOfTomorrow(now: number): number {
  const date = new Date(now);
  date.setHours(24, 0, 0, 0);
  return date.getTime();
}

/** The settings that make a pause. */
export function pausePatch(choice: PauseChoice, now: number): PauseSettings {
  if (choice === 'off') return { enabled: false, pausedUntil: 0 };
  return {
    enabled: true,
    pausedUntil: choice === 'hour' ? now + HOUR_MS : startOfTomorrow(now),
  };
}

/** The settings that end any pause. */
export const RESUME_PATCH: PauseSettings = { enabled: true, pausedUntil: 0 };
