/** Everything Maxim draws for a document: the host, the marks layer, the badge, the card, the live region. */
import { t } from '../i18n';
import { createBadge, type Badge } from './badge';
import { createCardView, type CardPlace, type CardView } from './card/mount';
import { hoistedDocument } from './frames';
import { createUiHost, type UiHost } from './host';
import { SURFACE_CSS as CSS } from './surface-css';
import { setText } from './keep-nodes';

/** Maxim's UI in a document. */
export interface Surface {
  host: UiHost;
  /** Where overlay marks are drawn (below the badge and the card). */
  layer: HTMLElement;
  badge: Badge;
  card: CardView;
  /** Whether an event target (as the page sees it) is one of Maxim's hosts. */
  owns(target: EventTarget | null): boolean;
  /** Announces `text` to screen readers (a polite live region). */
  announce(text: string): void;
  dispose(): void;
}

/** The card's place in the surface's own host. */
function ownPlace(host: UiHost): CardPlace {
  return { root: host.root, host: host.element, raise: host.raise, release: () => undefined };
}

/** The card's place: this document's host, or a host of its own in a same-origin ancestor document. */
function cardPlacer(doc: Document, host: UiHost): () => CardPlace {
  const own = ownPlace(host);
  const target = hoistedDocument(doc);
  if (target === doc) return () => own;
  return () => {
    try {
      const outer = createUiHost(target, CSS);
      return { root: outer.root, host: outer.element, raise: outer.raise, release: outer.dispose };
    } catch {
      return own;
    }
  };
}

/**
 * Creates the surface; `onBadge` runs when the badge is clicked. `parent` is where its host goes:
 * the document element, or the open modal dialog the field is in (see createUiHost).
 */
export function createSurface(
  doc: Document,
  onBadge: () => void,
  parent: Element = doc.documentElement,
): Surface {
  const host = createUiHost(doc, CSS, parent);
  const layer = doc.createElement('div');
  layer.className = 'marks-layer';
  const live = doc.createElement('div');
  live.className = 'live';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  host.root.append(layer, live);
  const badge = createBadge(host.root, t('badgeNone'), onBadge);
  // In a modal dialog the card stays in the dialog's host: an ancestor document would be inert.
  const card = createCardView(
    parent === doc.documentElement ? cardPlacer(doc, host) : () => ownPlace(host),
    t,
  );
  // A card in an ancestor document must not outlive this frame's document.
  const onPageHide = () => card.close();
  doc.defaultView?.addEventListener('pagehide', onPageHide);
  return {
    host,
    layer,
    badge,
    card,
    owns: (target) => target === host.element || card.owns(target),
    announce(text) {
      setText(live, text);
    },
    dispose() {
      doc.defaultView?.removeEventListener('pagehide', onPageHide);
      card.close();
      badge.dispose();
      host.dispose();
    },
  };
}
