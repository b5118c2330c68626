/**
 * One focused field: listens to its typing, analyses after each pause (never mid-composition),
 * updates the badge, the evidence marks and the card. Everything it adds goes when it is disposed.
 */
import type { InlineSuggestion as Suggestion } from '../../src/messaging/protocol';
import { t } from '../i18n';
import type { EditorAdapter, TextSpan } from '../editors/types';
import { guard, listen, report } from '../guard';
import { overlaps } from '../marks/geometry';
import { createMarks, type Marks } from '../marks';
import { countText } from '../ui/count-text';
import type { AnalysisService, FieldAnalysis } from './analysis';
import { createCardSession } from './card-session';
import type { SessionDeps } from './deps';
import { caretBox } from './caret';
import { createScheduler } from './scheduler';
import { createSessionState, settleActive, visibleSuggestions } from './state';

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

function spansOf(suggestions: readonly Suggestion[]): TextSpan[] {
  return suggestions.flatMap((s) => s.evidence.map(({ start, end }) => ({ start, end })));
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
    surface.badge.setCount(
      state.result ? visible.length : null,
      countText(visible.length, t, 'badge'),
    );
    if (
      state.result &&
      announced !== visible.length &&
      (announced !== null || visible.length > 0)
    ) {
      surface.announce(countText(visible.length, t, 'card'));
      announced = visible.length;
    }
    syncMarks();
    if (marks && state.result) {
      const active = card.isOpen ? visible.filter((s) => s.id === state.activeId) : [];
      marks.show(state.result.text, spansOf(visible), spansOf(active));
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

  let service: AnalysisService | null = null;
  let requested = 0;
  const analyse = () => {
    if (signal.aborted || !service) return;
    const text = adapter.read();
    const ticket = (requested += 1);
    service.run(text, adapter.caretOffset(), deps.config(), adapter.structure?.()).then(
      guard((result: FieldAnalysis) => {
        // An answer to an older text, or for a field Maxim has left, is dropped.
        if (signal.aborted || ticket !== requested) return;
        state.result = result;
        render();
        keepBadgeOffText();
      }),
      report,
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
    openCard: (via) => card.open(via),
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
