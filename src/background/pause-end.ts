/**
 * The end of a pause (src/settings/pause.ts). Pages decide with the clock whether a pause still
 * runs when they read the settings, but a page that read them during the pause has no reason to
 * read them again: so an alarm at the pause's end clears `pausedUntil`, and that change reaches
 * every page, every frame's bootstrap and the popup. The toolbar button shows a pause too.
 */
import { isPausedAt, type Settings } from '../settings';

/** The alarm's name. */
export const PAUSE_ALARM = 'maxim-pause-end';

/** What the pause's end needs from the browser and the settings. */
export interface PauseEndApis {
  alarms: {
    create(name: string, info: { when: number }): void | Promise<void>;
    clear(name: string): Promise<boolean>;
  };
  /** Sets the toolbar button's badge text ('' for none). */
  setBadge(text: string): Promise<void>;
  /** The badge text of a pause (short: it has room for about four characters). */
  pausedBadge(): string;
  loadSettings(): Promise<Pick<Settings, 'enabled' | 'pausedUntil'>>;
  saveSettings(patch: Pick<Settings, 'pausedUntil'>): Promise<unknown>;
  now(): number;
}

/** The pause's alarm and badge. */
export function createPauseEnd(apis: PauseEndApis) {
  return {
    /** Sets the alarm and the badge for the current settings (after every change, and on start). */
    async sync(settings: Pick<Settings, 'enabled' | 'pausedUntil'>): Promise<void> {
      const paused = isPausedAt(settings, apis.now());
      if (paused) await apis.alarms.create(PAUSE_ALARM, { when: settings.pausedUntil });
      else await apis.alarms.clear(PAUSE_ALARM);
      await apis.setBadge(paused || !settings.enabled ? apis.pausedBadge() : '');
    },
    /** An alarm went off: a pause whose time has come is cleared (a later one keeps running). */
    async onAlarm(name: string): Promise<void> {
      if (name !== PAUSE_ALARM) return;
      const settings = await apis.loadSettings();
      if (settings.pausedUntil === 0) return;
      if (isPausedAt(settings, apis.now())) await this.sync(settings);
      else await apis.saveSettings({ pausedUntil: 0 });
    },
  };
}
