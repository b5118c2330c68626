/** The options connector inside the extension: the shared one, plus storage events for the records. */
import browser from 'webextension-polyfill';
import { createExtensionConnector } from '../ui/connector-extension';
import { createOptionsConnector, recordsWatcher, type OptionsConnector } from './connector';

/** The options page's connector inside the extension. */
export function createOptionsExtensionConnector(): OptionsConnector {
  return createOptionsConnector(createExtensionConnector(), recordsWatcher(browser.storage));
}
