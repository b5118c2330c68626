/** Filter chips: toggle buttons in a labelled group. */
import type { ComponentChildren } from 'preact';

/** A group of chips with an accessible name. */
export function ChipGroup({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="mx-chips" role="group" aria-label={label}>
      {children}
    </div>
  );
}

/** One filter chip; `selected` is announced (aria-pressed) and drawn with a check, not colour alone. */
export function Chip({
  selected,
  onClick,
  children,
  count,
  dot,
}: {
  selected: boolean;
  onClick: () => void;
  children: ComponentChildren;
  /** A number shown after the label (e.g. how many favourites). */
  count?: number;
  /** A CSS colour for a small marker before the label. */
  dot?: string;
}) {
  return (
    <button type="button" class="mx-chip" aria-pressed={selected} onClick={onClick}>
      {dot && <span class="mx-chip__dot" style={{ background: dot }} aria-hidden="true" />}
      <span>{children}</span>
      {count !== undefined && <span class="mx-chip__count">{count}</span>}
    </button>
  );
}
