/** A banner for notices: what was repaired, what failed, what the rep should know. */
import type { ComponentChildren } from 'preact';
import { Icon } from './Icon';

/** A notice with an icon and words for its tone; errors are announced at once, the rest politely. */
export function NoticeBanner({
  tone = 'info',
  title,
  children,
  dismissLabel,
  onDismiss,
}: {
  tone?: 'info' | 'warning' | 'error' | 'success';
  title: string;
  children?: ComponentChildren;
  dismissLabel?: string;
  onDismiss?: () => void;
}) {
  const icon = tone === 'info' ? 'info' : tone === 'success' ? 'check' : 'warning';
  return (
    <div class={`mx-notice mx-notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <Icon name={icon} class="mx-notice__icon" />
      <div class="mx-notice__content">
        <p class="mx-notice__title">{title}</p>
        {children && <div class="mx-notice__body">{children}</div>}
      </div>
      {onDismiss && dismissLabel && (
        <button
          type="button"
          class="mx-icon-button mx-notice__dismiss"
          aria-label={dismissLabel}
          title={dismissLabel}
          onClick={onDismiss}
        >
          <Icon name="close" size={16} />
        </button>
      )}
    </div>
  );
}
