/** Maxim's small icon set: inline SVG, 20×20, drawn with the current text colour. */
import type { JSX } from 'preact';

const STAR =
  '10,2.4 12.17,7.61 17.8,8.07 13.52,11.74 14.82,17.23 10,14.3 5.18,17.23 6.48,11.74 2.2,8.07 7.83,7.61';

const SHAPES = {
  search: (
    <>
      <circle cx="8.5" cy="8.5" r="5.5" />
      <line x1="12.6" y1="12.6" x2="17" y2="17" />
    </>
  ),
  star: <polygon points={STAR} />,
  starFilled: <polygon points={STAR} fill="currentColor" />,
  copy: (
    <>
      <rect x="7" y="7" width="10" height="10" rx="2" />
      <path d="M13 7V5a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v6a2 2 0 0 0 2 2h2" />
    </>
  ),
  check: <polyline points="4,10.5 8.2,14.5 16,5.5" />,
  chevron: <polyline points="5.5,8 10,12.5 14.5,8" />,
  settings: (
    <>
      <line x1="3" y1="6" x2="17" y2="6" />
      <line x1="3" y1="14" x2="17" y2="14" />
      <circle cx="7.5" cy="6" r="2.2" fill="var(--mx-icon-fill, Canvas)" />
      <circle cx="12.5" cy="14" r="2.2" fill="var(--mx-icon-fill, Canvas)" />
    </>
  ),
  lock: (
    <>
      <rect x="4" y="9" width="12" height="8.5" rx="2" />
      <path d="M7 9V6.5a3 3 0 0 1 6 0V9" />
    </>
  ),
  close: (
    <>
      <line x1="5" y1="5" x2="15" y2="15" />
      <line x1="15" y1="5" x2="5" y2="15" />
    </>
  ),
  info: (
    <>
      <circle cx="10" cy="10" r="7.5" />
      <line x1="10" y1="9" x2="10" y2="14" />
      <circle cx="10" cy="6.3" r="0.6" fill="currentColor" />
    </>
  ),
  warning: (
    <>
      <path d="M10 2.8 18 16.5H2z" stroke-linejoin="round" />
      <line x1="10" y1="8" x2="10" y2="11.8" />
      <circle cx="10" cy="14.1" r="0.6" fill="currentColor" />
    </>
  ),
  globe: (
    <>
      <circle cx="10" cy="10" r="7.5" />
      <ellipse cx="10" cy="10" rx="3.2" ry="7.5" />
      <line x1="2.5" y1="10" x2="17.5" y2="10" />
    </>
  ),
  blocked: (
    <>
      <circle cx="10" cy="10" r="7.5" />
      <line x1="4.8" y1="15.2" x2="15.2" y2="4.8" />
    </>
  ),
  quote: <path d="M4 15c0-4 1.5-7 5-8M11 15c0-4 1.5-7 5-8" />,
  pen: <path d="M4 16l1-4 8.5-8.5 3 3L8 15zM11.5 6l3 3" />,
  pause: (
    <>
      <line x1="7.5" y1="5" x2="7.5" y2="15" />
      <line x1="12.5" y1="5" x2="12.5" y2="15" />
    </>
  ),
} satisfies Record<string, JSX.Element>;

/** The name of an icon. */
export type IconName = keyof typeof SHAPES;

/** A decorative icon (hidden from assistive technology: the control around it carries the label). */
export function Icon({
  name,
  size = 18,
  class: className,
}: {
  name: IconName;
  size?: number;
  class?: string;
}) {
  return (
    <svg
      class={className ? `mx-icon ${className}` : 'mx-icon'}
      width={size}
      height={size}
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      stroke-width="1.6"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {SHAPES[name]}
    </svg>
  );
}
