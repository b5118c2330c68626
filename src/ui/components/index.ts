/** Maxim's shared Preact components (styles in ../components.css). */
export { Button, IconButton } from './Button';
export { Chip, ChipGroup } from './Chip';
export { CopyButton, COPIED_MS } from './CopyButton';
export { Disclosure } from './Disclosure';
export { EmptyState } from './EmptyState';
export { Icon, type IconName } from './Icon';
export { LockBadge } from './LockBadge';
export { NoticeBanner } from './NoticeBanner';
export { SearchField } from './SearchField';
export { Toggle } from './Toggle';
