/** Renders the card into a Maxim shadow root, keeps it next to its anchor, and moves focus into it. */
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import { guard, report } from '../../guard';
import { layoutElement, rectIn } from '../frames';
import { Card } from './Card';
import { tabStops } from './keys';
import type { CardHandlers, CardModel, Translate } from './model';

/** Where an open card lives: a shadow root (in the field's document, or a same-origin ancestor's). */
export interface CardPlace {
  root: ShadowRoot;
  /** The host element of that root in the page. */
  host: HTMLElement;
  raise(): void;
  /** Gives the place back when the card closes. */
  release(): void;
}

/** The card, open or closed. */
export interface CardView {
  readonly isOpen: boolean;
  /** Shows the card next to the field and its badge (they may be in a child frame of the card's document). */
  open(
    anchor: { field: HTMLElement; badge: HTMLElement },
    model: CardModel,
    handlers: CardHandlers,
  ): void;
  update(model: CardModel): void;
  close(): void;
  /** Moves keyboard focus to the active principle's first empty field or first action (or the first control). */
  focusInside(): void;
  /** Moves keyboard focus to a principle's title. */
  focusPrinciple(id: string): void;
  /** Whether focus is inside the card. */
  hasFocus(): boolean;
  /** Whether an event target (as the page sees it) is the card's host. */
  owns(target: EventTarget | null): boolean;
  /** The document the card opens in. */
  readonly document: Document | null;
}

const VIEWPORT_PADDING = 8;
const MIN_HEIGHT = 160;

interface OpenCard {
  place: CardPlace;
  element: HTMLElement;
  handlers: CardHandlers;
  stopFollowing: () => void;
}

/** Room the card needs on one side of its field before it goes there rather than over the field. */
const ROOM_NEEDED = 240;

/**
 * Places the card below the field, or above it, so it covers none of the rep's text. Where neither
 * side has room (a field as tall as the window), it opens above the badge, over the field's corner.
 */
function position(field: HTMLElement, badge: HTMLElement, element: HTMLElement): void {
  const reference = layoutElement(field);
  const view = element.ownerDocument.defaultView;
  if (!view) return;
  const rect = rectIn(reference, view);
  const below = view.innerHeight - rect.bottom;
  const byField = below >= ROOM_NEEDED || rect.top >= ROOM_NEEDED;
  void computePosition(byField ? reference : badge, element, {
    strategy: 'fixed',
    placement: byField && below < ROOM_NEEDED ? 'top-end' : 'bottom-end',
    middleware: [
      offset(6),
      flip({ fallbackPlacements: ['top-end', 'bottom-end'], padding: VIEWPORT_PADDING }),
      shift({ padding: VIEWPORT_PADDING }),
      size({
        padding: VIEWPORT_PADDING,
        apply({ availableHeight, availableWidth }) {
          element.style.maxHeight = `${Math.max(MIN_HEIGHT, Math.floor(availableHeight))}px`;
          element.style.maxWidth = `${Math.max(240, Math.floor(availableWidth))}px`;
        },
      }),
    ],
  }).then(({ x, y }) => {
    element.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  }, report);
}

/** Creates the (closed) card; `place` provides its shadow root each time it opens. */
export function createCardView(place: () => CardPlace, t: Translate): CardView {
  let current: OpenCard | null = null;

  const draw = (model: CardModel) => {
    if (current) render(<Card model={model} handlers={current.handlers} t={t} />, current.element);
  };

  return {
    get isOpen() {
      return current !== null;
    },
    get document() {
      return current?.place.root.ownerDocument ?? null;
    },
    open(anchor, model, handlers) {
      if (current) {
        current.handlers = handlers;
        return draw(model);
      }
      const where = place();
      const element = where.root.ownerDocument.createElement('div');
      element.className = 'card-layer';
      // Clicking the card must not take focus (and the caret) from the rep's editor, except to
      // type in a fill-in field.
      element.addEventListener('mousedown', (event) => {
        if (!(event.target instanceof Element && event.target.closest('input')))
          event.preventDefault();
      });
      // Keys and clicks in the card are Maxim's: the page's own shortcuts must not see them.
      for (const type of [
        'keydown',
        'keyup',
        'keypress',
        'click',
        'mouseup',
        'pointerup',
        'pointerdown',
      ]) {
        element.addEventListener(type, (event) => event.stopPropagation());
      }
      where.root.append(element);
      where.raise();
      current = {
        place: where,
        element,
        handlers,
        stopFollowing: autoUpdate(
          layoutElement(anchor.field),
          element,
          guard(() => position(anchor.field, anchor.badge, element)),
        ),
      };
      draw(model);
    },
    update: draw,
    close() {
      if (!current) return;
      const { place: where, element, stopFollowing } = current;
      current = null;
      stopFollowing();
      render(null, element);
      element.remove();
      where.release();
    },
    focusInside() {
      if (!current) return;
      const body = current.element.querySelector<HTMLElement>('.principle--active');
      const emptyField = [...(body?.querySelectorAll<HTMLInputElement>('input.fill') ?? [])].find(
        (input) => input.value.trim() === '',
      );
      const target =
        emptyField ??
        body?.querySelector<HTMLElement>('[data-action="replace"], [data-action="insert"]') ??
        body?.querySelector<HTMLElement>('[data-action="toggle"]');
      (target ?? tabStops(current.element)[0])?.focus();
    },
    focusPrinciple(id) {
      current?.element
        .querySelector<HTMLElement>(
          `[data-principle-id="${CSS.escape(id)}"] [data-action="toggle"]`,
        )
        ?.focus();
    },
    hasFocus() {
      const focused = current?.place.root.activeElement ?? null;
      return focused !== null && current !== null && current.element.contains(focused);
    },
    owns(target) {
      return current !== null && target === current.place.host;
    },
  };
}
