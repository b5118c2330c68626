/**
 * The settings store of this extension context, bound to `browser.storage`. Import it in the
 * background, popup, options page and content script; tests use `createSettingsStore` with a fake.
 */
import browser from 'webextension-polyfill';
import { createSettingsStore } from './store';

/** The settings store over this extension's storage. */
export const settingsStore = createSettingsStore(browser.storage);

/** All preferences, repaired, with notices. */
export const loadSettings = () => settingsStore.loadSettings();
/** Preferences, policy and effective settings. */
export const loadState = () => settingsStore.loadState();
/** Live updates of preferences and policy until the signal aborts. */
export const watchSettings: typeof settingsStore.watchSettings = (cb, signal) =>
  settingsStore.watchSettings(cb, signal);
