/** A copy button that confirms in place ("Copied") and to screen readers, then returns to "Copy". */
import { useEffect, useRef, useState } from 'preact/hooks';
import { Icon } from './Icon';

/** How long the confirmation stays. */
export const COPIED_MS = 2000;

/**
 * Copies through `onCopy` (which resolves to whether it worked). Its name is the visible word
 * plus `context` for assistive technology ("Copy" + "phrasing 1"); the outcome is announced.
 */
export function CopyButton({
  onCopy,
  context,
  text,
}: {
  onCopy: () => Promise<boolean>;
  /** What is copied, read after the visible word, e.g. "phrasing 1". */
  context?: string;
  text: { copy: string; copied: string; failed: string };
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = async () => {
    const ok = await onCopy();
    setState(ok ? 'copied' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), COPIED_MS);
  };
  const visible = state === 'copied' ? text.copied : state === 'failed' ? text.failed : text.copy;
  return (
    <>
      <button
        type="button"
        class={`mx-button mx-button--ghost mx-button--sm mx-copy mx-copy--${state}`}
        onClick={() => void copy()}
      >
        <Icon name={state === 'copied' ? 'check' : 'copy'} size={16} />
        <span>{visible}</span>
        {context && <span class="mx-visually-hidden">{` ${context}`}</span>}
      </button>
      <span class="mx-visually-hidden" role="status">
        {state === 'idle' ? '' : visible}
      </span>
    </>
  );
}
