/**
 * A message with an undo that outlives the card: after "Off on this site" Maxim's UI goes at once,
 * and this one toast stays for a few seconds in a host of its own, at the viewport's lower start
 * corner, to take it back.
 */
import { guard } from '../guard';
import { t } from '../i18n';
import { createUiHost } from './host';
import { SURFACE_CSS } from './surface-css';

/** How long the toast stays. */
export const STANDALONE_TOAST_MS = 8000;

/** Shows the toast; `undo` runs when the rep takes the action back (null: a notice without Undo). Returns what removes it. */
export function showStandaloneToast(
  doc: Document,
  text: string,
  undo: (() => void) | null,
  theme: 'system' | 'light' | 'dark',
): () => void {
  const host = createUiHost(doc, SURFACE_CSS);
  const view = doc.defaultView ?? window;
  const box = doc.createElement('div');
  box.className = `card toast-standalone${theme === 'system' ? '' : ` theme-${theme}`}`;
  box.setAttribute('role', 'status');
  box.setAttribute('data-toast', '');
  const message = doc.createElement('span');
  message.textContent = text;
  box.append(message);
  // Keys and clicks on the toast are Maxim's alone.
  for (const type of ['keydown', 'keyup', 'click', 'pointerdown', 'mousedown'])
    box.addEventListener(type, (event) => event.stopPropagation());
  host.root.append(box);
  let timer: number | null = null;
  const remove = () => {
    if (timer !== null) view.clearTimeout(timer);
    timer = null;
    host.dispose();
  };
  if (undo) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'button button--quiet';
    button.setAttribute('data-action', 'undo');
    button.textContent = t('cardUndo');
    box.append(button);
    button.addEventListener(
      'click',
      guard(() => {
        remove();
        undo();
      }),
    );
  }
  timer = view.setTimeout(guard(remove), STANDALONE_TOAST_MS);
  return remove;
}
