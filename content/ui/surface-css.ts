/** The styles of Maxim's shadow roots: badge, marks overlay, card (and its toasts). */
import badgeCss from './badge.css?inline';
import cardCss from './card/card.css?inline';
import overlayCss from './overlay.css?inline';

export const SURFACE_CSS = `${badgeCss}\n${overlayCss}\n${cardCss}`;
