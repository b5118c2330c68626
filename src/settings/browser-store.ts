/**
 * The settings store of this extension context, bound to `browser.storage`. Import it in the
 * background, popup, options page and content script; tests use `createSettingsStore` with a fake.
 */
import browser from 'webextension-polyfill';
import { createSettingsStore } from './store';

/** The settings store over this extension's storage. */
export const settingsStore = createSettingsStore(browser.storage);
