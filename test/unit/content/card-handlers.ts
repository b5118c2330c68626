// Card handlers that do nothing, for tests that only render the card.
import type { CardHandlers } from '../../../content/ui/card/model';

const noop = () => undefined;

export const noopHandlers: CardHandlers = {
  onActivate: noop,
  onInsert: noop,
  onReplace: noop,
  onCopy: noop,
  onDismiss: noop,
  onMute: noop,
  onSiteOff: noop,
  onClose: noop,
};
