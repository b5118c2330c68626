/** What a field session needs from the content script (shared by the field and card sessions). */
import type { Dismissal, SettingsStore } from '../../src/settings';
import type { ContentConfig } from '../config';
import type { Surface } from '../ui/surface';
import type { AnalysisService } from './analysis';

/** The settings operations a session uses. */
export type SessionStore = Pick<
  SettingsStore,
  | 'recordStat'
  | 'dismiss'
  | 'forgetDismissal'
  | 'mutePrinciple'
  | 'unmutePrinciple'
  | 'saveSettings'
>;

/** What a session needs from the content script. */
export interface SessionDeps {
  surface: Surface;
  /** The analysis service, loaded with the engine when the first field takes focus. */
  analysis: Promise<AnalysisService>;
  config(): ContentConfig;
  dismissals(): readonly Dismissal[];
  store: SessionStore;
  /** The rep turned Maxim off on this site: remove everything now; `undo` turns it back on. */
  siteOff(undo: () => Promise<unknown>): void;
}
