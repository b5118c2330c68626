/**
 * The card of one field session: opening (by pointer the editor keeps focus; by keyboard focus
 * moves in and the caret is remembered), the buttons' actions, and closing with focus and caret
 * given back to the editor.
 */
import type { InlineSuggestion as Suggestion } from '../../src/messaging/protocol';
import { withSiteOff } from '../../src/settings';
import { t, uiLanguage } from '../i18n';
import type { EditorAdapter } from '../editors/types';
import { deepActiveElement } from '../fields';
import { guard, listen } from '../guard';
import type { CardHandlers, CardModel, CardToast } from '../ui/card/model';
import { greetingName, hasGreeting } from '../coach/template';
import { applyPhrasing, record } from './actions';
import type { CaretMemory } from '../editors/types';
import { copyText } from './clipboard';
import { showStandaloneToast } from '../ui/toast';
import type { SessionDeps } from './deps';
import { dismissalFingerprint } from './fingerprint';
import type { SessionState } from './state';
import { cardItems } from './view-model';

/** How long a toast stays at the card's foot. */
const TOAST_MS = 8000;

/** The card part of a field session. */
export interface CardSession {
  readonly isOpen: boolean;
  open(via: 'pointer' | 'keyboard'): void;
  /** Closes the card; `returnFocus` puts focus and caret back into the editor. */
  close(returnFocus: boolean): void;
  /** Re-renders an open card with the visible suggestions. */
  update(visible: readonly Suggestion[]): void;
}

interface CardSessionOptions {
  adapter: EditorAdapter;
  deps: SessionDeps;
  state: SessionState;
  /** Re-renders badge, marks and card from the state. */
  render(): void;
  /** Analyses now (when the card opens before the first pause). */
  analyseNow(): void;
  signal: AbortSignal;
}

/** Creates the card session of a field. */
export function createCardSession({
  adapter,
  deps,
  state,
  render,
  analyseNow,
  signal,
}: CardSessionOptions): CardSession {
  const field = adapter.element;
  const { surface } = deps;
  const view = surface.card;
  const shadow = surface.host.root;
  let caret: CaretMemory | null = null;
  let openController: AbortController | null = null;
  let visible: readonly Suggestion[] = [];
  const shown = new Set<string>();
  let toast: CardToast | null = null;
  let toastTimer: number | null = null;
  const win = field.ownerDocument.defaultView ?? window;

  /** Shows a message with an optional undo at the card's foot, for a few seconds. */
  const showToast = (next: CardToast | null) => {
    if (toastTimer !== null) win.clearTimeout(toastTimer);
    toastTimer = null;
    toast = next;
    if (next)
      toastTimer = win.setTimeout(
        guard(() => {
          toastTimer = null;
          toast = null;
          render();
        }),
        TOAST_MS,
      );
    render();
  };

  const model = (): CardModel => {
    const config = deps.config();
    const language = state.result?.language ?? 'en';
    const text = state.result?.text ?? '';
    return {
      items: cardItems(visible, language, config.lockedOn, {
        text,
        note: config.context === 'crm' && !hasGreeting(text),
      }),
      greetingName: greetingName(text),
      toast,
      activeId: state.activeId,
      statuses: state.statuses,
      partial: state.result?.partial ?? false,
      hostname: config.hostname,
      siteLocked: config.siteLocked,
      theme: config.theme,
      uiLang: uiLanguage(),
    };
  };

  /** Caret memory for an action: the one saved when focus moved in, else the caret now. */
  const caretForAction = () => caret ?? adapter.rememberCaret();
  const editorHasFocus = () =>
    deepActiveElement(field.ownerDocument) === field ||
    field.contains(deepActiveElement(field.ownerDocument));

  const recordShown = () => {
    for (const s of visible) {
      if (shown.has(s.id)) continue;
      shown.add(s.id);
      record(deps.store, s.id, 'shown');
    }
  };

  /** After an item left the card, keep keyboard focus inside it. */
  const keepFocusInside = (hadFocus: boolean) => {
    if (hadFocus && !view.hasFocus()) view.focusInside();
  };

  /** Hides a principle now, stores why, and offers to take it back. */
  const hide = (
    id: string,
    message: string,
    persist: () => Promise<unknown>,
    revert: () => Promise<unknown>,
  ) => {
    const hadFocus = view.hasFocus();
    state.hidden.add(id);
    const stored = persist().catch(() => undefined);
    showToast({
      text: message,
      undo: guard(() => {
        state.hidden.delete(id);
        state.activeId = id;
        void stored.then(revert).catch(() => undefined);
        showToast(null);
        if (view.isOpen) focusTitle(id);
      }),
    });
    keepFocusInside(hadFocus);
  };

  const focusTitle = (id: string) => {
    queueMicrotask(() => view.focusPrinciple(id));
  };

  /** Inserts at the caret or in place of a span; on success the text is remembered as Maxim's. */
  const apply = async (id: string, text: string, span: { start: number; end: number } | null) => {
    const memory = caretForAction();
    const outcome = await applyPhrasing(
      adapter,
      text,
      span ? { kind: 'replace', span } : { kind: 'caret' },
      () => memory.restore(),
      shadow,
    );
    if (outcome === 'inserted') {
      // The caret is now after the new text: Esc must not put it back where it was before.
      caret = null;
      record(deps.store, id, 'inserted');
      state.inserted.push(text);
      delete state.statuses[id];
      showToast({ text: t(span ? 'cardReplaced' : 'cardInserted') });
      surface.announce(t(span ? 'cardReplaced' : 'cardInserted'));
      return;
    }
    if (outcome === 'copied') record(deps.store, id, 'copied');
    const message = t(outcome === 'copied' ? 'cardInsertFailedCopied' : 'cardInsertFailed');
    // The page removed the field meanwhile: the card went with it, so the notice stands alone.
    if (!field.isConnected) {
      showStandaloneToast(field.ownerDocument, message, null, deps.config().theme);
      return;
    }
    state.statuses[id] = { tone: 'error', text: message };
    render();
  };

  /** Where the item's sentence is in the text now, or null when the rep has changed it since. */
  const sentenceNow = (id: string): { start: number; end: number } | null => {
    const item = model().items.find((i) => i.id === id);
    const sentence = item?.sentence;
    if (!sentence) return null;
    const now = adapter.read();
    if (now.slice(sentence.start, sentence.end) === sentence.text)
      return { start: sentence.start, end: sentence.end };
    const at = now.indexOf(sentence.text);
    if (at === -1 || now.indexOf(sentence.text, at + 1) !== -1) return null;
    return { start: at, end: at + sentence.text.length };
  };

  const handlers: CardHandlers = {
    onActivate: guard((id: string) => {
      state.activeId = id;
      render();
    }),
    onInsert: guard((id: string, text: string) => apply(id, text, null)),
    onReplace: guard(async (id: string, text: string) => {
      const span = sentenceNow(id);
      if (span) return apply(id, text, span);
      state.statuses[id] = { tone: 'error', text: t('cardSentenceChanged') };
      render();
    }),
    onCopy: guard(async (id: string, phrasing: string) => {
      const focused = view.hasFocus() ? (shadow.activeElement as HTMLElement | null) : null;
      const memory = focused ? null : caretForAction();
      const ok = await copyText(phrasing, shadow);
      // The fallback route selects a scratch field: give focus back to where it was.
      if (focused && shadow.activeElement !== focused) focused.focus();
      if (memory && !editorHasFocus()) memory.restore();
      if (ok) record(deps.store, id, 'copied');
      state.statuses[id] = ok
        ? { tone: 'ok', text: t('cardCopied') }
        : { tone: 'error', text: t('cardCopyFailed') };
      render();
    }),
    onDismiss: guard((id: string) => {
      const suggestion = visible.find((s) => s.id === id);
      if (!suggestion || !state.result) return;
      const fingerprint = dismissalFingerprint(state.result.text, suggestion);
      hide(
        id,
        t('cardDismissed'),
        () => deps.store.dismiss(fingerprint, id),
        () => deps.store.forgetDismissal(fingerprint, id),
      );
    }),
    onMute: guard((id: string) =>
      hide(
        id,
        t('cardMuted'),
        () => deps.store.mutePrinciple(id),
        () => deps.store.unmutePrinciple(id),
      ),
    ),
    onSiteOff: guard(() => {
      const config = deps.config();
      const before = { sitesOn: config.siteLists.sitesOn, sitesOff: config.siteLists.sitesOff };
      close(true);
      deps.store
        .saveSettings(withSiteOff(config.siteLists, config.hostname))
        .catch(() => undefined);
      deps.siteOff(() => deps.store.saveSettings(before).catch(() => undefined));
    }),
    onClose: guard(() => close(true)),
  };

  /** While the card is open: Tab in the editor enters the card, Esc closes it, a click elsewhere closes it. */
  const listenWhileOpen = (openSignal: AbortSignal) => {
    listen<KeyboardEvent>(
      field,
      'keydown',
      (event) => {
        // Keys the page forges (untrusted events) are the page's business, not the rep's.
        if (!event.isTrusted) return;
        if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          close(true);
        } else if (event.key === 'Tab' && !event.shiftKey && state.result) {
          event.preventDefault();
          caret = adapter.rememberCaret();
          view.focusInside();
        }
      },
      openSignal,
      true,
    );
    const onPointerDown = (event: PointerEvent) => {
      const path = event.composedPath();
      if (path.some((target) => surface.owns(target)) || path.includes(field)) return;
      close(false);
    };
    listen(field.ownerDocument, 'pointerdown', onPointerDown, openSignal, true);
    const cardDoc = view.document;
    if (cardDoc && cardDoc !== field.ownerDocument)
      listen(cardDoc, 'pointerdown', onPointerDown, openSignal, true);
  };

  function open(via: 'pointer' | 'keyboard') {
    if (!state.result) analyseNow();
    if (!view.isOpen) {
      openController = new AbortController();
      signal.addEventListener('abort', () => openController?.abort(), { once: true });
      view.open({ field, badge: surface.badge.element }, model(), handlers);
      listenWhileOpen(openController.signal);
    }
    render();
    if (via === 'keyboard') {
      caret = adapter.rememberCaret();
      view.focusInside();
    }
  }

  function close(returnFocus: boolean) {
    if (!view.isOpen) return;
    const hadFocus = view.hasFocus();
    openController?.abort();
    openController = null;
    view.close();
    state.statuses = {};
    if (toastTimer !== null) win.clearTimeout(toastTimer);
    toastTimer = null;
    toast = null;
    if ((returnFocus || hadFocus) && !signal.aborted) caretForAction().restore();
    caret = null;
    render();
  }

  return {
    get isOpen() {
      return view.isOpen;
    },
    open,
    close,
    update(next) {
      visible = next;
      if (!view.isOpen) return;
      view.update(model());
      recordShown();
    },
  };
}
