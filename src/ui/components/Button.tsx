/** Buttons: a text button and an icon-only button that always has an accessible name. */
import type { ComponentChildren, JSX, Ref } from 'preact';
import { Icon, type IconName } from './Icon';

type NativeButton = Omit<JSX.HTMLAttributes<HTMLButtonElement>, 'icon' | 'size'>;

/** A text button; `variant` sets its weight, `icon` adds a leading icon. */
export function Button({
  variant = 'secondary',
  size = 'md',
  icon,
  children,
  class: className,
  buttonRef,
  ...rest
}: NativeButton & {
  variant?: 'primary' | 'secondary' | 'ghost' | 'danger';
  size?: 'sm' | 'md';
  icon?: IconName;
  children: ComponentChildren;
  buttonRef?: Ref<HTMLButtonElement>;
}) {
  const classes = ['mx-button', `mx-button--${variant}`, `mx-button--${size}`, className]
    .filter(Boolean)
    .join(' ');
  return (
    <button type="button" {...rest} ref={buttonRef} class={classes}>
      {icon && <Icon name={icon} size={size === 'sm' ? 16 : 18} />}
      <span>{children}</span>
    </button>
  );
}

/**
 * An icon-only button. `label` is its accessible name and tooltip; `pressed` makes it a toggle
 * button (aria-pressed), so its state is announced, not only drawn.
 */
export function IconButton({
  icon,
  label,
  pressed,
  class: className,
  buttonRef,
  size = 18,
  ...rest
}: NativeButton & {
  icon: IconName;
  label: string;
  pressed?: boolean;
  buttonRef?: Ref<HTMLButtonElement>;
  size?: number;
}) {
  const classes = ['mx-icon-button', className].filter(Boolean).join(' ');
  return (
    <button
      type="button"
      {...rest}
      ref={buttonRef}
      class={classes}
      aria-label={label}
      title={label}
      aria-pressed={pressed}
    >
      <Icon name={icon} size={size} />
    </button>
  );
}
