/**
 * The bootstrap: the one script Maxim puts up front into the top frame of the sites it runs on. It
 * follows focus and nothing else. When a field Maxim could read takes focus for the first time it
 * asks the service worker to start Maxim in this frame; the worker checks the settings and, where
 * Maxim is on, injects the rest (content/index.ts: sessions, adapters, card) into this frame only.
 * When focus moves into a frame (an iframe the page embeds, a rich editor's editing frame), it asks
 * the worker to put the bootstrap into the tab's frames too, where it does the same for their
 * fields and their own frames. Declaring it for every frame would cost each frame of every page
 * a content-script world up front, fields or not. It reads no settings, and carries no schema
 * library, no regex engine and no UI: a page whose fields the rep never focuses costs one small
 * script and two focus listeners in its top frame.
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

/** Whether `el` is a frame element (its document's active element while focus is inside the frame). */
function isFrame(el: Element | null): boolean {
  return el?.localName === 'iframe' || el?.localName === 'frame';
}

/**
 * Asks the worker to start the bootstrap in every frame of the tab whenever focus moves from
 * `doc` into one of its frames: the frames of a page get a content-script world only once the
 * rep works in one. A frame added or reloaded later is covered by the next move into it. Every
 * frame already running the bootstrap ignores the second injection. In a frame (not the top)
 * any move of focus out of it asks too: focus may have gone to a sibling frame that came later,
 * which the top frame does not hear of.
 */
export function followFocusIntoFrames(doc: Document, api: BootstrapApi, isTop: boolean): void {
  const win = doc.defaultView;
  if (!win) return;
  let asking = false;
  let refused = false;
  const intoFrame = () => isFrame(doc.activeElement);
  const ask = () => {
    if (asking) return;
    asking = true;
    api.runtime.sendMessage({ type: 'startFrames', payload: null }).then(
      (reply) => {
        asking = false;
        // Where Maxim is off, a change of settings may turn it on while focus is in a frame.
        const wasRefused = refused;
        refused = !started(reply);
        if (refused && !wasRefused) api.storage.onChanged.addListener(settingsListener);
        if (!refused && wasRefused) api.storage.onChanged.removeListener(settingsListener);
      },
      // No worker to answer (the extension was updated or reloaded): the next move asks again.
      () => {
        asking = false;
      },
    );
  };
  const askIfIntoFrame = guard(() => {
    if (intoFrame()) ask();
  });
  function onBlur(event: FocusEvent): void {
    // Fields' own blur events reach a capturing window listener too; only the window's counts.
    if (event.target !== event.currentTarget) return;
    if (!isTop || intoFrame()) ask();
    // Chromium has made the frame the active element when the window's `blur` fires, Firefox a task later.
    else win?.setTimeout(askIfIntoFrame, 0);
  }
  const blurListener = guard(onBlur);
  const settingsListener = askIfIntoFrame;
  win.addEventListener('blur', blurListener, true);
  // `document.open()` erases the window's event listeners too (see `bootstrap`).
  new MutationObserver(
    guard(() => {
      win.addEventListener('blur', blurListener, true);
    }),
  ).observe(doc, { childList: true });
  // Focus may already be in a frame when the script arrives (a frame's field focused on load).
  askIfIntoFrame();
}

// The script may be injected again into a page that has it: a site turned on from the popup, a
// frame whose page asks for its frames again.
if (!scope[INSTANCE_KEY]) {
  scope[INSTANCE_KEY] = true;
  const api = scope.browser ?? scope.chrome;
  if (api) {
    try {
      bootstrap(document, api);
      followFocusIntoFrames(document, api, window === window.top);
    } catch (error) {
      report(error);
    }
  }
}
