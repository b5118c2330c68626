/** Keyboard behaviour of the card: arrows between principles, Tab kept inside, Esc handled by the card. */

/** The principle to activate for an arrow/Home/End key, or null when the key does not move. */
export function principleForKey(
  key: string,
  ids: readonly string[],
  activeId: string | null,
): string | null {
  if (ids.length === 0) return null;
  const at = activeId === null ? -1 : ids.indexOf(activeId);
  switch (key) {
    case 'ArrowDown':
      return ids[(at + 1) % ids.length] ?? null;
    case 'ArrowUp':
      return ids[(at - 1 + ids.length) % ids.length] ?? null;
    case 'Home':
      return ids[0] ?? null;
    case 'End':
      return ids[ids.length - 1] ?? null;
    default:
      return null;
  }
}

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/** The elements Tab visits inside the card, in order (hidden parts excluded). */
export function tabStops(card: HTMLElement): HTMLElement[] {
  return Array.from(card.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => !el.closest('[hidden]'),
  );
}

/**
 * Keeps Tab inside the card: from the last stop to the first and back. Returns true when it moved
 * focus (the caller prevents the default).
 */
export function wrapTab(card: HTMLElement, active: Element | null, backwards: boolean): boolean {
  const stops = tabStops(card);
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return false;
  if (!backwards && (active === last || !card.contains(active))) {
    first.focus();
    return true;
  }
  if (backwards && (active === first || !card.contains(active))) {
    last.focus();
    return true;
  }
  return false;
}
