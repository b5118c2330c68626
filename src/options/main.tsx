/** Options entry: renders the options page. */
import { render } from 'preact';
import '../ui/theme.css';
import './options.css';
import { Options } from './Options';

document.documentElement.lang = navigator.language.startsWith('de') ? 'de' : 'en';
render(<Options />, document.getElementById('app')!);
