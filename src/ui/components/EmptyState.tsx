/** What a list shows when it has nothing: what happened and what to do next. */
import type { ComponentChildren } from 'preact';
import { Icon, type IconName } from './Icon';

/** An empty state with an icon, a title, a hint and an optional action. */
export function EmptyState({
  icon = 'search',
  title,
  hint,
  action,
}: {
  icon?: IconName;
  title: string;
  hint?: string;
  action?: ComponentChildren;
}) {
  return (
    <div class="mx-empty">
      <span class="mx-empty__icon">
        <Icon name={icon} size={22} />
      </span>
      <p class="mx-empty__title">{title}</p>
      {hint && <p class="mx-empty__hint">{hint}</p>}
      {action}
    </div>
  );
}
