/** An expandable row: a button that shows and hides the region below it. */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { Icon } from './Icon';

/** A disclosure with a summary button (aria-expanded) and a region it controls. */
export function Disclosure({
  summary,
  children,
  open,
  onToggle,
}: {
  summary: ComponentChildren;
  children: ComponentChildren;
  open: boolean;
  onToggle: (open: boolean) => void;
}) {
  const id = useId();
  return (
    <div class={open ? 'mx-disclosure mx-disclosure--open' : 'mx-disclosure'}>
      <button
        type="button"
        class="mx-disclosure__summary"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => onToggle(!open)}
      >
        <span class="mx-disclosure__text">{summary}</span>
        <Icon name="chevron" class="mx-disclosure__chevron" />
      </button>
      <div id={id} class="mx-disclosure__body" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
