/**
 * The content script's life on one page (one per frame): read the settings once; where Maxim is off,
 * only listen for settings changes. Where it is on, follow focus to prose fields and run a session on
 * the focused one. Settings changes apply live; turning the site off removes Maxim's UI at once.
 */
import {
  isEnvelope,
  type ContentProtocol,
  type Reply,
  type ResponseOf,
} from '../src/messaging/protocol';
import type { Dismissal, SettingsState, SettingsStore } from '../src/settings';
import { setUiLanguage, t } from './i18n';
import { deriveConfig, type ContentConfig } from './config';
import { adapterFor } from './editors';
import { guard, report } from './guard';
import {
  createAnalysisService,
  type AnalysisService,
  type AnalyzeRequest,
} from './session/analysis';
import { startFieldSession, type FieldSession } from './session/field-session';
import { trackFocus } from './session/focus-tracker';
import { createSurface, type Surface } from './ui/surface';
import { showStandaloneToast } from './ui/toast';

/** The open modal dialog the field sits in (through shadow roots), or null. */
export function modalDialogOf(field: HTMLElement): HTMLDialogElement | null {
  let node: Element | null = field;
  while (node) {
    const dialog: HTMLDialogElement | null = node.closest('dialog');
    if (dialog) {
      try {
        if (dialog.matches(':modal')) return dialog;
      } catch {
        // A browser without :modal: the dialog's own flag says it.
        if (dialog.open) return null;
      }
    }
    const root = (dialog ?? node).getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** The runtime's message events, as far as the content script uses them. */
export interface MessageEvents {
  addListener(listener: (message: unknown) => Promise<unknown> | undefined): void;
  removeListener(listener: (message: unknown) => Promise<unknown> | undefined): void;
}

/** What the content script needs from its environment (the browser, or fakes in tests). */
export interface AppEnvironment {
  doc: Document;
  hostname: string;
  store: SettingsStore;
  messages: MessageEvents;
  /** How texts reach the analysis in the service worker (the protocol client unless a test says otherwise). */
  analyze?: AnalyzeRequest;
}

/** Starts Maxim in a document until `signal` aborts. */
export function startMaxim(env: AppEnvironment, signal: AbortSignal): void {
  let state: SettingsState | null = null;
  let config: ContentConfig | null = null;
  let running: { controller: AbortController; refresh(): void } | null = null;

  const apply = () => {
    if (!state || signal.aborted) return;
    config = deriveConfig(state, env.hostname);
    setUiLanguage(config.uiLanguage);
    if (config.enabled && !running) {
      const controller = new AbortController();
      running = { controller, refresh: run(env, () => config as ContentConfig, controller.signal) };
    } else if (!config.enabled && running) {
      running.controller.abort();
      running = null;
    } else running?.refresh();
  };

  signal.addEventListener('abort', () => running?.controller.abort(), { once: true });
  env.store.watchSettings(
    guard((next: SettingsState) => {
      state = next;
      apply();
    }),
    signal,
  );
  env.store
    .loadState()
    .then((loaded) => {
      // A change may have arrived first; it carries the newer state.
      state ??= loaded;
      apply();
    })
    .catch(report);
}

/**
 * Maxim running on a page where it is on, until `signal` aborts (site off, or the script stops).
 * Returns what to call when the settings change.
 */
function run(env: AppEnvironment, config: () => ContentConfig, signal: AbortSignal): () => void {
  const { doc } = env;
  let surface: Surface | null = null;
  /** Where the surface's host is: the document element, or the modal dialog of the field. */
  let surfaceParent: Element | null = null;
  let session: FieldSession | null = null;
  let analysis: Promise<AnalysisService> | null = null;
  let dismissals: readonly Dismissal[] = [];
  let dismissalsLoaded = false;
  // Set by "Off on this site": nothing more is drawn, even before the settings change arrives.
  let turnedOff = false;

  const probe = {
    isMaxim: (target: EventTarget | null) => surface !== null && surface.owns(target),
    hasFocus: () => surface !== null && surface.card.hasFocus(),
  };
  const stop = () => {
    session?.dispose();
    session = null;
    surface?.dispose();
    surface = null;
  };
  const loadDismissals = () => {
    if (dismissalsLoaded) return;
    dismissalsLoaded = true;
    const refresh = (value: readonly Dismissal[]) => {
      dismissals = value;
      session?.refresh();
    };
    env.store.items.dismissals.get().then(refresh, report);
    env.store.items.dismissals.onChanged(guard(refresh), signal);
  };

  const onField = (field: HTMLElement | null) => {
    session?.dispose();
    session = null;
    // A host inside a dialog does not outlive its field: the dialog may close and stay in the page.
    if (!field && surface && surfaceParent !== doc.documentElement) {
      surface.dispose();
      surface = null;
    }
    if (!field || turnedOff) return;
    const adapter = adapterFor(field);
    if (!adapter) return;
    loadDismissals();
    const parent = modalDialogOf(field) ?? doc.documentElement;
    if (surface && surfaceParent !== parent) {
      surface.dispose();
      surface = null;
    }
    surfaceParent = parent;
    surface ??= createSurface(
      doc,
      guard(() => session?.toggleCard()),
      parent,
    );
    analysis ??= Promise.resolve(createAnalysisService(env.analyze));
    session = startFieldSession(adapter, {
      surface,
      analysis,
      config,
      dismissals: () => dismissals,
      store: env.store,
      siteOff: (undo) => {
        turnedOff = true;
        const { theme, hostname } = config();
        stop();
        showStandaloneToast(doc, t('cardSiteOffDone', hostname), () => void undo(), theme);
      },
    });
  };

  // The keyboard shortcut: answered only by the frame whose field has focus.
  const onMessage = (
    message: unknown,
  ): Promise<Reply<ResponseOf<ContentProtocol, 'openCard'>>> | undefined => {
    if (!isEnvelope<ContentProtocol>(message, ['openCard'])) return undefined;
    if (!session || !doc.hasFocus()) return undefined;
    try {
      session.openCard('keyboard');
    } catch (error) {
      report(error);
      return Promise.resolve({ ok: true, value: { opened: false } });
    }
    return Promise.resolve({ ok: true, value: { opened: true } });
  };
  env.messages.addListener(onMessage);

  signal.addEventListener(
    'abort',
    () => {
      env.messages.removeListener(onMessage);
      stop();
    },
    { once: true },
  );
  trackFocus(doc, probe, guard(onField), signal);
  return () => session?.refresh();
}
