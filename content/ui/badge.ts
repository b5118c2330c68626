/** The small badge at a field's corner: Maxim's presence and, later, the count of principles. */
import { autoUpdate, computePosition, offset } from '@floating-ui/dom';

/** A badge that can follow one field at a time. */
export interface Badge {
  element: HTMLButtonElement;
  /** Shows the badge at the bottom-right corner of the field and keeps it there. */
  attach(field: HTMLElement): void;
  /** Hides the badge and stops following the field. */
  detach(): void;
  dispose(): void;
}

/** Creates the badge inside Maxim's shadow root. */
export function createBadge(root: ShadowRoot, label: string): Badge {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = 'badge';
  element.textContent = 'M';
  element.title = label;
  element.setAttribute('aria-label', label);
  element.setAttribute('data-maxim-badge', '');
  element.hidden = true;
  // Clicking the badge must not take focus from the rep's field.
  element.addEventListener('mousedown', (event) => event.preventDefault());
  root.append(element);
  let stopFollowing: (() => void) | null = null;

  const place = (field: HTMLElement) => {
    void computePosition(field, element, {
      strategy: 'fixed',
      placement: 'bottom-end',
      middleware: [offset(({ rects }) => ({ mainAxis: -rects.floating.height - 4, crossAxis: -4 }))],
    }).then(({ x, y }) => {
      element.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    });
  };

  const detach = () => {
    stopFollowing?.();
    stopFollowing = null;
    element.hidden = true;
  };

  return {
    element,
    attach(field) {
      detach();
      element.hidden = false;
      stopFollowing = autoUpdate(field, element, () => place(field));
    },
    detach,
    dispose() {
      detach();
      element.remove();
    },
  };
}
