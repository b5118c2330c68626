/** The badge on anything the organisation's policy sets: a lock and words, never colour alone. */
import { Icon } from './Icon';

/** "Set by your organisation", with the reason as a tooltip. */
export function LockBadge({ label, reason }: { label: string; reason?: string }) {
  return (
    <span class="mx-lock-badge" title={reason ?? label}>
      <Icon name="lock" size={14} />
      <span>{label}</span>
    </span>
  );
}
