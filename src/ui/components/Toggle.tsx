/** A switch with a visible label and an optional description; its state is announced as on/off. */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { Icon } from './Icon';

/** A labelled on/off switch (role="switch"). */
export function Toggle({
  label,
  description,
  checked,
  disabled = false,
  busy = false,
  onChange,
  hideLabel = false,
}: {
  label: ComponentChildren;
  description?: ComponentChildren;
  checked: boolean;
  disabled?: boolean;
  /** A change is under way (e.g. the browser is asking for a permission). */
  busy?: boolean;
  onChange: (checked: boolean) => void;
  /** Keep the label for assistive technology only (the surrounding layout shows it). */
  hideLabel?: boolean;
}) {
  const id = useId();
  return (
    <div class="mx-toggle">
      <span class="mx-toggle__text">
        <label
          id={`${id}-label`}
          for={id}
          class={hideLabel ? 'mx-visually-hidden' : 'mx-toggle__label'}
        >
          {label}
        </label>
        {description && (
          <span id={`${id}-desc`} class="mx-toggle__description">
            {description}
          </span>
        )}
      </span>
      <button
        id={id}
        type="button"
        role="switch"
        class="mx-switch"
        aria-checked={checked}
        aria-describedby={description ? `${id}-desc` : undefined}
        aria-busy={busy || undefined}
        disabled={disabled}
        onClick={() => onChange(!checked)}
      >
        <span class="mx-switch__track" aria-hidden="true">
          {/* A check on the thumb when on: the state never depends on colour alone. */}
          <span class="mx-switch__thumb">{checked && <Icon name="check" size={12} />}</span>
        </span>
      </button>
    </div>
  );
}
