/**
 * Onboarding: the welcome page (src/welcome/) opens once, when Maxim is installed; not when it is
 * updated, nor when the browser itself updates.
 */
import type { Runtime } from 'webextension-polyfill';
import { WELCOME_PAGE } from './files';

/** Returns the `runtime.onInstalled` listener that opens the welcome page on a fresh install. */
export function createOnboarding(openTab: (path: string) => Promise<unknown>) {
  return (details: Pick<Runtime.OnInstalledDetailsType, 'reason'>): Promise<void> => {
    if (details.reason !== 'install') return Promise.resolve();
    return openTab(WELCOME_PAGE).then(
      () => undefined,
      (error: unknown) => console.warn('Maxim: could not open the welcome page', error),
    );
  };
}
