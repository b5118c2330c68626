/**
 * Evidence marks for one field: the Highlight API for rich fields (page text stays untouched),
 * an overlay in Maxim's shadow root for textareas and inputs, and for rich fields where the API
 * is missing or the page refuses our highlight rule.
 */
import { isTextControl } from '../editors/text-control';
import type { EditorAdapter, MarkSpan, TextSpan } from '../editors/types';
import { MARK_STYLES } from './highlights';
import { createHighlighter } from './highlights';
import { createOverlay } from './overlay';

/** How the marks of a field are drawn. */
export type MarksKind = 'highlight' | 'overlay';

/** The marks of one field. */
export interface Marks {
  readonly kind: MarksKind;
  /** Marks the spans of `text` (the text the spans refer to) in their styles; `activeSpans` stand out. */
  show(text: string, spans: readonly MarkSpan[], activeSpans: readonly TextSpan[]): void;
  clear(): void;
  dispose(): void;
}

/** The spans that are not active, and the active ones that are among the spans. */
function splitActive<S extends TextSpan>(spans: readonly S[], activeSpans: readonly TextSpan[]) {
  const key = (s: TextSpan) => `${s.start}:${s.end}`;
  const activeKeys = new Set(activeSpans.map(key));
  return {
    others: spans.filter((s) => !activeKeys.has(key(s))),
    active: spans.filter((s) => activeKeys.has(key(s))),
  };
}

/** Chooses and creates the marks for the adapter's field; `layer` is Maxim's overlay layer. */
export function createMarks(adapter: EditorAdapter, layer: HTMLElement): Marks {
  const field = adapter.element;
  const highlighter = isTextControl(field) ? null : createHighlighter(field);
  if (highlighter) {
    return {
      kind: 'highlight',
      show(_text, spans, activeSpans) {
        const { others, active } = splitActive(spans, activeSpans);
        const byStyle = MARK_STYLES.map((_, style) =>
          adapter.rangesFor(others.filter((s) => s.style % MARK_STYLES.length === style)),
        );
        highlighter.show(byStyle, adapter.rangesFor(active));
      },
      clear: () => highlighter.clear(),
      dispose: () => highlighter.dispose(),
    };
  }
  const overlay = createOverlay(field, layer);
  return {
    kind: 'overlay',
    show(text, spans, activeSpans) {
      if (isTextControl(field)) return overlay.show(text, spans, activeSpans);
      const { others, active } = splitActive(spans, activeSpans);
      const activeRanges = adapter.rangesFor(active);
      const styled = others.flatMap((span) =>
        adapter.rangesFor([span]).map((range) => ({ range, style: span.style })),
      );
      overlay.show(text, spans, activeSpans, {
        all: [...styled, ...activeRanges.map((range) => ({ range, style: 0 }))],
        active: activeRanges,
      });
    },
    clear: () => overlay.clear(),
    dispose: () => overlay.dispose(),
  };
}
