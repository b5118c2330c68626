/** Maxim's content script: attaches to the focused prose field and shows the badge. */
import { setUiLanguage, t } from '../src/ui/i18n';
import { deepActiveElement, proseFieldFromEvent, proseFieldFromPath } from './fields';
import { createUiHost, type UiHost } from './ui/host';
import { createBadge, type Badge } from './ui/badge';
import badgeCss from './ui/badge.css?inline';

const INSTANCE_KEY = Symbol.for('maxim.content');

interface Instance {
  host: UiHost;
  badge: Badge;
}

/** Lazily creates Maxim's UI the first time a prose field takes focus. */
function start(signal: AbortSignal): void {
  let instance: Instance | null = null;
  const ensureUi = (): Instance => {
    if (!instance) {
      const host = createUiHost(document, badgeCss);
      const badge = createBadge(host.root, t('badgeLabel'));
      instance = { host, badge };
    }
    return instance;
  };
  const follow = (field: HTMLElement | null) => {
    try {
      if (field) ensureUi().badge.attach(field);
      else instance?.badge.detach();
    } catch (error) {
      // Never let an exception escape into the page.
      console.debug('Maxim:', error);
    }
  };
  const onFocusIn = (event: FocusEvent) => follow(proseFieldFromEvent(event));
  const onFocusOut = (event: FocusEvent) => {
    // Focus moving into another field is handled by focusin; leaving for nothing hides the badge.
    if (!event.relatedTarget) instance?.badge.detach();
  };
  document.addEventListener('focusin', onFocusIn, { capture: true, signal });
  document.addEventListener('focusout', onFocusOut, { capture: true, signal });
  signal.addEventListener('abort', () => {
    instance?.badge.dispose();
    instance?.host.dispose();
  });
  // Focus may already be inside a field when the script arrives (document_idle).
  const active = deepActiveElement(document);
  if (active) follow(proseFieldFromPath([active]));
}

const globalScope = globalThis as unknown as Record<symbol, AbortController | undefined>;
if (!globalScope[INSTANCE_KEY]) {
  const controller = new AbortController();
  setUiLanguage('auto');
  globalScope[INSTANCE_KEY] = controller;
  start(controller.signal);
}
