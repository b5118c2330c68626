/**
 * The options page's live data: loaded once, then refreshed on every change made anywhere
 * (another tab, the popup, the inline card, the policy). Also the page context that sections use
 * to save and to report what happened.
 */
import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useState } from 'preact/hooks';
import type { Pack } from '../data/types';
import { PACK_SCHEMA_VERSION } from '../data/types';
import { toEngineSettings, type Notice } from '../settings';
import type { EngineSettings } from '../engine';
import type { Connector, OptionsData } from '../ui/connector';
import { useLatest } from '../ui/latest';
import { applyPreferences } from '../ui/preferences';

/** The data, or the error that kept it from loading, and a way to read it again. */
export interface LiveData {
  data?: OptionsData;
  error?: string;
  /** Reads everything again (after a change, so the page never waits for storage events). */
  reload: () => void;
}

/** Loads the data and keeps it current until the component unmounts; applies language and theme. */
export function useOptionsData(connector: Connector): LiveData {
  const [live, setLive] = useState<{ data?: OptionsData; error?: string }>({});
  const begin = useLatest();
  const show = useCallback((data: OptionsData) => {
    applyPreferences(data.effective);
    setLive({ data });
  }, []);
  const read = useCallback(() => {
    const isLatest = begin();
    return connector.loadOptionsData().then((data) => {
      if (isLatest()) show(data);
    });
  }, [connector, begin, show]);
  const reload = useCallback(() => void read().catch(() => undefined), [read]);
  useEffect(() => {
    const controller = new AbortController();
    connector.watchOptionsData((data) => {
      if (controller.signal.aborted) return;
      begin();
      show(data);
    }, controller.signal);
    read().catch((error: unknown) => {
      if (!controller.signal.aborted)
        setLive({ error: error instanceof Error ? error.message : String(error) });
    });
    return () => controller.abort();
  }, [connector, read, show, begin]);
  return { ...live, reload };
}

/** What a section reports back: a confirmation or an error, shown in the page's status line. */
export interface Status {
  kind: 'saved' | 'error' | 'info';
  text: string;
}

/** What every section gets from the page. */
export interface PageContext {
  connector: Connector;
  data: OptionsData;
  /** Runs a change; reports "Saved" (or `saved`), a notice it produced, or the error. */
  run(action: () => Promise<Notice[] | void>, saved?: string): Promise<boolean>;
  report(status: Status): void;
}

const Context = createContext<PageContext | null>(null);

/** Provides the page context to the sections. */
export const PageProvider = Context.Provider;

/** The page context; only inside the options page. */
export function usePage(): PageContext {
  const page = useContext(Context);
  if (!page) throw new Error('usePage() outside the options page');
  return page;
}

/** Every active principle as one pack, in the engine's override order already resolved. */
export function activeCatalogue(data: OptionsData): Pack {
  return {
    schemaVersion: PACK_SCHEMA_VERSION,
    id: 'options-catalogue',
    name: 'Active principles',
    version: '1.0.0',
    principles: data.principles.map((entry) => entry.principle),
  };
}

/** The engine's settings for the principles of `pack`, as Maxim applies them in the page. */
export function engineSettingsFor(data: OptionsData, pack: Pack): EngineSettings {
  return toEngineSettings(data.effective, pack.principles);
}
