/**
 * The bootstrap: the one script Maxim puts into every frame of the sites it runs on, up front. It
 * follows focus and nothing else. When a field Maxim could read takes focus for the first time it
 * asks the service worker to start Maxim in this frame; the worker checks the settings and, where
 * Maxim is on, injects the rest (content/index.ts: sessions, adapters, card) into this frame only.
 * It reads no settings, and carries no schema library, no regex engine and no UI: a frame whose
 * fields the rep never focuses costs one small script and one focus listener.
 */
import { deepActiveElement, proseFieldFromPath } from './fields';
import { guard, report } from './guard';
import { installTestProbe } from './test-probe';

// The test build counts what Maxim holds on to (content/test-probe.ts); other builds drop this.
if (__MAXIM_TEST__) installTestProbe();

/** The parts of the extension API the bootstrap uses (Chrome's `chrome`, Firefox's `browser`). */
interface BootstrapApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: {
    onChanged: {
      addListener(listener: () => void): void;
      removeListener(listener: () => void): void;
    };
  };
}

const INSTANCE_KEY = Symbol.for('maxim.bootstrap');
const scope = globalThis as unknown as Record<symbol, boolean | undefined> & {
  browser?: BootstrapApi;
  chrome?: BootstrapApi;
};

/** Whether the reply says the worker started Maxim here. */
function started(reply: unknown): boolean {
  const r = reply as { ok?: boolean; value?: { started?: boolean } } | undefined;
  return r?.ok === true && r.value?.started === true;
}

/** Follows focus in `doc` until Maxim is started in it. */
export function bootstrap(doc: Document, api: BootstrapApi): void {
  // idle: waiting for a field; asking: a request is out; off: Maxim is off here until settings change.
  let phase: 'idle' | 'asking' | 'off' | 'started' = 'idle';
  const focusedField = () => {
    const active = deepActiveElement(doc);
    return active ? proseFieldFromPath([active]) : null;
  };
  const stop = () => {
    doc.removeEventListener('focusin', focusListener, true);
    rewritten.disconnect();
    api.storage.onChanged.removeListener(settingsListener);
  };
  const ask = () => {
    phase = 'asking';
    api.runtime.sendMessage({ type: 'startHere', payload: null }).then(
      (reply) => {
        if (started(reply)) {
          phase = 'started';
          stop();
        } else phase = 'off';
      },
      // No worker to answer (the extension was updated or reloaded): a later focus asks again.
      () => {
        phase = 'idle';
      },
    );
  };
  function onFocus(event: FocusEvent): void {
    if (phase === 'idle' && proseFieldFromPath(event.composedPath())) ask();
  }
  // A settings change may have turned Maxim on here: ask again, at once if a field has focus.
  function onSettings(): void {
    if (phase !== 'off') return;
    phase = 'idle';
    if (focusedField()) ask();
  }
  const focusListener = guard(onFocus);
  const settingsListener = guard(onSettings);
  doc.addEventListener('focusin', focusListener, true);
  // `document.open()` erases a document's event listeners, ours too: editors that write their
  // editing frame's document (CKEditor 4's classic editor on every setData) would leave Maxim
  // deaf there. Writing the document replaces its root element, which this observer sees.
  const rewritten = new MutationObserver(
    guard(() => {
      doc.addEventListener('focusin', focusListener, true);
      if (phase === 'idle' && focusedField()) ask();
    }),
  );
  rewritten.observe(doc, { childList: true });
  api.storage.onChanged.addListener(settingsListener);
  // Focus may already be in a field when the script arrives.
  if (focusedField()) ask();
}

// The script may be injected again into a page that has it (a site turned on from the popup).
if (!scope[INSTANCE_KEY]) {
  scope[INSTANCE_KEY] = true;
  const api = scope.browser ?? scope.chrome;
  if (api) {
    try {
      bootstrap(document, api);
    } catch (error) {
      report(error);
    }
  }
}
