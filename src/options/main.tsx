/** Options entry: renders the options page over the extension's storage. */
import { render } from 'preact';
import '../ui/theme.css';
import '../ui/components.css';
import './options.css';
import { createOptionsExtensionConnector } from './extension-connector';
import { Options } from './Options';

render(<Options connector={createOptionsExtensionConnector()} />, document.getElementById('app')!);
