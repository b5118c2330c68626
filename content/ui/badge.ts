/**
 * The small badge at a field's corner: how many principles fit the text (a quiet dot when none).
 * It sits inside the bottom-right corner of the field's visible part (a field taller than the window
 * still shows it) until the rep's text reaches that corner, then
 * moves to the field's outer edge for the rest of the session, so it never covers what is typed.
 */
import {
  autoUpdate,
  computePosition,
  flip,
  offset,
  shift,
  type Placement,
  type VirtualElement,
} from '@floating-ui/dom';
import { guard, report } from '../guard';
import { isEmpty, visibleBox, type Box } from '../marks/geometry';
import { setText } from './keep-nodes';

/** Where the badge sits relative to its field. */
export type BadgeSpot = 'inside' | 'outside';

/** A badge that can follow one field at a time. */
export interface Badge {
  element: HTMLButtonElement;
  /** Shows the badge at the field's corner and keeps it there. */
  attach(field: HTMLElement): void;
  /** Hides the badge and stops following the field. */
  detach(): void;
  /** The number of principles, or null while nothing is known yet; `label` is its accessible name. */
  /** `allDone`: every principle that came up is already followed (the badge shows a check). */
  setCount(count: number | null, label: string, allDone?: boolean): void;
  /** Follows the theme setting (`system` follows the browser). */
  setTheme(theme: 'system' | 'light' | 'dark'): void;
  /** Moves the badge (inside the corner, or outside the field's edge). */
  setSpot(spot: BadgeSpot): void;
  readonly spot: BadgeSpot;
  /** Where the badge sits (or would sit) inside the field's corner, in viewport coordinates. */
  insideBox(field: HTMLElement): Box;
  dispose(): void;
}

/** Badge size and its distance from the field's edges, in CSS pixels. */
const SIZE = 22;
const INSET = 4;

/** A box as the DOMRect-like object floating-ui measures. */
function rectOf(box: Box) {
  const width = box.right - box.left;
  const height = box.bottom - box.top;
  return {
    x: box.left,
    y: box.top,
    left: box.left,
    top: box.top,
    right: box.right,
    bottom: box.bottom,
    width,
    height,
  };
}

/** Creates the badge inside Maxim's shadow root; `onActivate` runs on click. */
export function createBadge(root: ShadowRoot, label: string, onActivate: () => void): Badge {
  const element = root.ownerDocument.createElement('button');
  element.type = 'button';
  element.className = 'badge badge--none';
  element.tabIndex = -1; // keyboard users open the card with the shortcut or Tab from the field
  element.title = label;
  element.setAttribute('aria-label', label);
  element.setAttribute('aria-haspopup', 'dialog');
  element.setAttribute('data-maxim-badge', '');
  element.setAttribute('data-count', 'pending');
  element.hidden = true;
  // Clicking the badge must not take focus from the rep's field.
  element.addEventListener('mousedown', (event) => event.preventDefault());
  // Clicks on the badge are Maxim's: the page's own click handlers must not see them.
  for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup']) {
    element.addEventListener(type, (event) => event.stopPropagation());
  }
  element.addEventListener('click', (event) => {
    event.stopPropagation();
    onActivate();
  });
  root.append(element);
  let field: HTMLElement | null = null;
  let spot: BadgeSpot = 'inside';
  let themeClass = '';
  let stopFollowing: (() => void) | null = null;

  const place = () => {
    if (!field) return;
    const box = visibleBox(field);
    // Scrolled out of view: the badge goes with its field.
    element.style.visibility = isEmpty(box) ? 'hidden' : '';
    if (isEmpty(box)) return;
    const inside = spot === 'inside';
    const placement: Placement = inside ? 'bottom-end' : 'right-end';
    const reference: VirtualElement = {
      getBoundingClientRect: () => rectOf(box),
      contextElement: field,
    };
    void computePosition(reference, element, {
      strategy: 'fixed',
      placement,
      middleware: inside
        ? [offset(({ rects }) => ({ mainAxis: -rects.floating.height - INSET, crossAxis: -INSET }))]
        : [
            offset(INSET),
            flip({ fallbackPlacements: ['bottom-end', 'left-end', 'top-end'] }),
            shift({ padding: INSET }),
          ],
    }).then(({ x, y }) => {
      element.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    }, report);
  };

  const detach = () => {
    stopFollowing?.();
    stopFollowing = null;
    field = null;
    spot = 'inside';
    element.hidden = true;
  };

  return {
    element,
    attach(next) {
      if (field === next && stopFollowing) return;
      detach();
      field = next;
      element.hidden = false;
      stopFollowing = autoUpdate(next, element, guard(place));
    },
    detach,
    setCount(count, text, allDone = false) {
      const kind = allDone ? 'badge--done' : count ? 'badge--count' : 'badge--none';
      element.className = `badge ${kind}${themeClass}`;
      setText(element, allDone ? '✓' : count ? String(count) : '');
      element.setAttribute('data-count', count === null ? 'pending' : String(count));
      element.title = text;
      element.setAttribute('aria-label', text);
    },
    setTheme(theme) {
      const next = theme === 'system' ? '' : ` theme-${theme}`;
      if (next === themeClass) return;
      element.className = element.className.replace(themeClass, '') + next;
      themeClass = next;
    },
    setSpot(next) {
      if (next === spot) return;
      spot = next;
      place();
    },
    get spot() {
      return spot;
    },
    insideBox(target) {
      const rect = visibleBox(target);
      return {
        left: rect.right - INSET - SIZE,
        top: rect.bottom - INSET - SIZE,
        right: rect.right - INSET,
        bottom: rect.bottom - INSET,
      };
    },
    dispose() {
      detach();
      element.remove();
    },
  };
}
