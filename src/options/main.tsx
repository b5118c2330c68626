/** Options entry: renders the options page over the extension's storage. */
import { render } from 'preact';
import '../ui/theme.css';
import '../ui/components.css';
import './options.css';
import { createExtensionConnector } from '../ui/connector-extension';
import { Options } from './Options';

render(<Options connector={createExtensionConnector()} />, document.getElementById('app')!);
