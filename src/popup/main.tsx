/** Popup entry: renders the quick reference. */
import { render } from 'preact';
import '../ui/theme.css';
import './popup.css';
import { Popup } from './Popup';

document.documentElement.lang = navigator.language.startsWith('de') ? 'de' : 'en';
render(<Popup />, document.getElementById('app')!);
