/**
 * The popup in a normal browser tab, without the extension, over the in-memory connector. Not
 * part of the build: `npx vite --mode preview`, then open /src/popup/preview.html, optionally
 * with `?lang=de&theme=dark&url=https://mail.google.com/&favourites=id,id&query=delay`.
 */
import { render } from 'preact';
import '../ui/theme.css';
import '../ui/components.css';
import './popup.css';
import { createMemoryConnector } from '../ui/connector-memory';
import { Popup } from './Popup';

const params = new URLSearchParams(location.search);
const list = (name: string) => (params.get(name) ?? '').split(',').filter(Boolean);
const sync: Record<string, unknown> = {
  uiLanguage: params.get('lang') ?? 'auto',
  theme: params.get('theme') ?? 'system',
  favourites: list('favourites'),
  sitesOn: list('sitesOn'),
};
const connector = createMemoryConnector({
  sync,
  tab: { id: 1, url: params.get('url') ?? 'https://mail.google.com/mail/u/0/' },
});
render(<Popup connector={connector} />, document.getElementById('app')!);
