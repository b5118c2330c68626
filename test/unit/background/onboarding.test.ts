/** The install handler: the welcome page opens on a fresh install only. */
import { describe, expect, it, vi } from 'vitest';
import { WELCOME_PAGE } from '../../../src/background/files';
import { createOnboarding } from '../../../src/background/onboarding';

describe('onboarding', () => {
  it('opens the welcome page on install', async () => {
    const openTab = vi.fn(async () => undefined);
    await createOnboarding(openTab)({ reason: 'install' });
    expect(openTab).toHaveBeenCalledExactlyOnceWith(WELCOME_PAGE);
  });

  it.each(['update', 'browser_update', 'chrome_update', 'shared_module_update'] as const)(
    'opens nothing on %s',
    async (reason) => {
      const openTab = vi.fn(async () => undefined);
      await createOnboarding(openTab)({ reason: reason as 'update' });
      expect(openTab).not.toHaveBeenCalled();
    },
  );

  it('never throws into the event when the tab cannot open', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(
      createOnboarding(async () => Promise.reject(new Error('no window')))({ reason: 'install' }),
    ).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
