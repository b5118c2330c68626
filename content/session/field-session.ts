/**
 * One focused field: listens to its typing, analyses after each pause (never mid-composition),
 * updates the badge, the evidence marks and the card. Everything it adds goes when it is disposed.
 */
import type { InlineSuggestion as Suggestion } from '../../src/messaging/protocol';
import { t } from '../i18n';
import type { EditorAdapter, MarkSpan } from '../editors/types';
import { guard, listen, report } from '../guard';
import { isTextControl } from '../editors/text-control';
import { overlaps } from '../marks/geometry';
import { createMarks, type Marks } from '../marks';
import { countText } from '../ui/count-text';
import type { AnalysisService, FieldAnalysis } from './analysis';
import { createCardSession } from './card-session';
import type { SessionDeps } from './deps';
import { caretBox } from './caret';
import { createScheduler } from './scheduler';
import { markStyles } from './view-model';
import { createSessionState, insertedSpans, settleActive, visibleSuggestions } from './state';
import type { FieldStructure } from '../editors/email-blocks';

/** The session of one focused field. */
export interface FieldSession {
  readonly field: HTMLElement;
  /** Settings, packs or dismissals changed: analyse again soon. */
  refresh(): void;
  /** Opens the card; by keyboard, focus moves into it. */
  openCard(via: 'pointer' | 'keyboard'): void;
  /** The badge was clicked: opens or closes the card. */
  toggleCard(): void;
  dispose(): void;
}

/** The evidence spans to mark, each in its principle's style: only what is still to act on. */
function spansOf(suggestions: readonly Suggestion[], styles: Map<string, number>): MarkSpan[] {
  return suggestions.flatMap((s) => {
    const style = styles.get(s.id);
    if (style === undefined) return [];
    return s.evidence.map(({ start, end }) => ({ start, end, style }));
  });
}

/** Starts a session on the adapter's field. */
export function startFieldSession(adapter: EditorAdapter, deps: SessionDeps): FieldSession {
  const field = adapter.element;
  const win = field.ownerDocument.defaultView ?? window;
  const controller = new AbortController();
  const signal = controller.signal;
  const { surface } = deps;
  const state = createSessionState();
  let marks: Marks | null = null;
  let marksWanted = false;
  let announced: number | null = null;
  let frame: number | null = null;

  const syncMarks = () => {
    const wanted = deps.config().showHighlights;
    if (wanted !== marksWanted) {
      marks?.dispose();
      marks = wanted ? createMarks(adapter, surface.layer) : null;
      marksWanted = wanted;
    }
  };

  const render = () => {
    const visible = visibleSuggestions(state, deps.dismissals());
    settleActive(state, visible);
    surface.badge.setTheme(deps.config().theme);
    const done = visible.filter((s) => s.done).length;
    const open = visible.length - done;
    const summary =
      done > 0
        ? t('badgeSummary', [String(done), String(visible.length)])
        : countText(visible.length, t, 'badge');
    surface.badge.setCount(state.result ? open : null, summary, done > 0 && open === 0);
    if (state.result && announced !== open && (announced !== null || open > 0)) {
      surface.announce(
        done > 0
          ? t('cardSummary', [String(done), String(visible.length)])
          : countText(open, t, 'card'),
      );
      announced = open;
    }
    syncMarks();
    if (marks && state.result) {
      const active = card.isOpen ? visible.filter((s) => s.id === state.activeId) : [];
      const styles = markStyles(visible);
      marks.show(state.result.text, spansOf(visible, styles), spansOf(active, styles));
    }
    card.update(visible);
  };

  /** Moves the badge outside the field for good once the caret reaches its corner. */
  const keepBadgeOffText = () => {
    if (surface.badge.spot === 'outside') return;
    const caret = caretBox(field, surface.layer);
    if (caret && overlaps(caret, surface.badge.insideBox(field), 4))
      surface.badge.setSpot('outside');
  };

  /** What the editor marks as quoted or signature, and what Maxim put in (never analysed again). */
  const structureOf = (text: string): FieldStructure | undefined => {
    const given = adapter.structure?.();
    const inserted = insertedSpans(text, state.inserted);
    if (inserted.length === 0) return given;
    return { quoted: given?.quoted ?? [], ignored: [...(given?.ignored ?? []), ...inserted] };
  };

  let service: AnalysisService | null = null;
  let requested = 0;
  /** Failed requests in a row (the worker stopped or restarting). */
  let failures = 0;
  const analyse = () => {
    if (signal.aborted || !service) return;
    const text = adapter.read();
    const ticket = (requested += 1);
    service.run(text, adapter.caretOffset(), deps.config(), structureOf(text)).then(
      guard((result: FieldAnalysis) => {
        // An answer to an older text, or for a field Maxim has left, is dropped.
        if (signal.aborted || ticket !== requested) return;
        // The text changed while the answer was on its way (a page may set it without an input
        // event): its offsets no longer fit, so analyse the text as it is now.
        if (adapter.read() !== text) {
          scheduler.soon();
          return;
        }
        failures = 0;
        state.result = result;
        render();
        keepBadgeOffText();
      }),
      guard((error: unknown) => {
        report(error);
        if (signal.aborted || ticket !== requested) return;
        // The worker went away mid-analysis (stopped, updated): the browser starts it again for
        // the next message, so ask once more at once; after that the badge says so, and the
        // rep's next pause asks again. The text is never touched.
        failures += 1;
        if (failures === 1) scheduler.soon();
        else surface.badge.setCount(null, t('badgeAnalysisFailed'));
      }),
    );
  };

  const scheduler = createScheduler(guard(analyse), {
    setTimeout: (fn, ms) => win.setTimeout(fn, ms),
    clearTimeout: (id) => win.clearTimeout(id),
  });

  const card = createCardSession({ adapter, deps, state, render, analyseNow: analyse, signal });

  const onInput = () => {
    scheduler.input();
    // Overlay marks sit at fixed offsets and go stale with each keystroke; highlights follow the text.
    if (marks?.kind === 'overlay') marks.clear();
    if (frame === null) {
      frame = win.requestAnimationFrame(
        guard(() => {
          frame = null;
          keepBadgeOffText();
        }),
      );
    }
  };
  /** The principle whose evidence holds the caret, among those still to act on. */
  const principleAtCaret = (): string | null => {
    if (!state.result || adapter.read() !== state.result.text) return null;
    const at = adapter.caretOffset();
    const visible = visibleSuggestions(state, deps.dismissals());
    const hit = visible.find(
      (s) => !s.done && !s.reply && s.evidence.some((e) => e.start <= at && at <= e.end),
    );
    return hit?.id ?? null;
  };
  /** Opens the card on the principle of the mark at the caret (a click on a mark, or the shortcut in one). */
  const openAtCaret = (via: 'pointer' | 'keyboard'): boolean => {
    const id = principleAtCaret();
    if (id === null) return false;
    state.activeId = id;
    card.open(via);
    return true;
  };
  listen<MouseEvent>(
    field,
    'click',
    (event) => {
      if (event.button !== 0 || event.detail > 1 || event.shiftKey) return;
      // A click that selects text is the rep's; only a plain click into a mark opens its principle.
      if (isTextControl(field)) {
        if (field.selectionStart !== field.selectionEnd) return;
      } else if (field.ownerDocument.getSelection()?.isCollapsed === false) return;
      openAtCaret('pointer');
    },
    signal,
  );

  listen(field, 'input', onInput, signal);
  listen(field, 'compositionstart', () => scheduler.compositionStart(), signal);
  listen(field, 'compositionend', () => scheduler.compositionEnd(), signal);

  // A dialog the page opened since Maxim last drew would sit above the badge.
  surface.host.raise();
  surface.badge.attach(field);
  surface.badge.setCount(null, t('badgeNone'));
  deps.analysis.then((loaded) => {
    service = loaded;
    if (!signal.aborted) scheduler.soon();
  }, report);

  return {
    field,
    refresh: () => scheduler.soon(),
    openCard: (via) => {
      if (!card.isOpen && openAtCaret(via)) return;
      card.open(via);
    },
    toggleCard: () => (card.isOpen ? card.close(false) : card.open('pointer')),
    dispose() {
      if (signal.aborted) return;
      card.close(false);
      controller.abort();
      scheduler.cancel();
      if (frame !== null) win.cancelAnimationFrame(frame);
      marks?.dispose();
      surface.badge.detach();
      adapter.dispose();
    },
  };
}
