// @vitest-environment happy-dom
/** The site card: its states and turning Maxim on or off for the current tab's site. */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { setUiLanguage } from '../../../src/ui/i18n';
import { renderPopup } from './helpers';

afterEach(() => {
  cleanup();
  setUiLanguage('en');
});

const siteSwitch = () => screen.getByRole('switch');

describe('site card', () => {
  it('turns Maxim on for a site that is not known: asks for its permission first, then tells the service worker', async () => {
    const { connector } = await renderPopup({
      tab: { id: 7, url: 'https://shop.example.test/cart' },
    });
    expect(siteSwitch().getAttribute('aria-checked')).toBe('false');
    expect(screen.getByText('Off on this site')).toBeTruthy();
    fireEvent.click(siteSwitch());
    await waitFor(() => expect(siteSwitch().getAttribute('aria-checked')).toBe('true'));
    expect(connector.permissionRequests).toEqual([
      ['https://*.shop.example.test/*', 'http://*.shop.example.test/*'],
    ]);
    expect(connector.siteChanges).toEqual([{ hostname: 'shop.example.test', on: true, tabId: 7 }]);
    expect(await connector.store.items.sitesOn.get()).toEqual(['shop.example.test']);
    expect(screen.getByText('On for this site')).toBeTruthy();
  });

  it('changes nothing when the permission is refused, and says so', async () => {
    const { connector } = await renderPopup({ grant: () => false });
    fireEvent.click(siteSwitch());
    expect(
      await screen.findByText(
        'Access to shop.example.test was not granted, so Maxim stays off there.',
      ),
    ).toBeTruthy();
    expect(connector.siteChanges).toEqual([]);
    expect(await connector.store.items.sitesOn.get()).toEqual([]);
    expect(siteSwitch().getAttribute('aria-checked')).toBe('false');
  });

  it('turns Maxim off on a known site without asking for anything', async () => {
    const { connector } = await renderPopup({
      tab: { id: 3, url: 'https://mail.google.com/mail/u/0/' },
    });
    expect(siteSwitch().getAttribute('aria-checked')).toBe('true');
    expect(screen.getByText('a known email or CRM site')).toBeTruthy();
    fireEvent.click(siteSwitch());
    await waitFor(() => expect(siteSwitch().getAttribute('aria-checked')).toBe('false'));
    expect(connector.permissionRequests).toEqual([]);
    expect(connector.siteChanges).toEqual([{ hostname: 'mail.google.com', on: false, tabId: 3 }]);
    expect(await connector.store.items.sitesOff.get()).toEqual(['mail.google.com']);
  });

  it('turns a site the rep had turned off on again', async () => {
    const { connector } = await renderPopup({
      tab: { id: 3, url: 'https://demo.my.salesforce.com/lightning' },
      sync: { sitesOff: ['demo.my.salesforce.com'] },
    });
    expect(screen.getByText('you turned it off here')).toBeTruthy();
    fireEvent.click(siteSwitch());
    await waitFor(() => expect(siteSwitch().getAttribute('aria-checked')).toBe('true'));
    // A known host only asks for the manifest's own (already granted) patterns.
    expect(
      connector.permissionRequests[0]?.every(
        (p) => p.startsWith('https://') && p.includes('salesforce.com'),
      ),
    ).toBe(true);
    expect(await connector.store.items.sitesOff.get()).toEqual([]);
    expect(await connector.store.items.sitesOn.get()).toEqual([]);
  });

  it('says Maxim is not available on browser pages, with no switch', async () => {
    await renderPopup({ tab: { id: 1, url: 'chrome://extensions/' } });
    expect(screen.getByText('Not available on this page')).toBeTruthy();
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('treats a tab without a URL as unavailable', async () => {
    await renderPopup({ tab: { id: 1 } });
    expect(screen.getByText('Not available on this page')).toBeTruthy();
  });

  it('shows a site the policy keeps on as locked', async () => {
    await renderPopup({
      managed: { sitesOn: ['shop.example.test'] },
      grantedOrigins: ['https://*.shop.example.test/*'],
    });
    expect(siteSwitch().getAttribute('aria-checked')).toBe('true');
    expect((siteSwitch() as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Set by your organisation')).toBeTruthy();
  });

  it('offers to resume when Maxim is paused everywhere', async () => {
    const { connector } = await renderPopup({ sync: { enabled: false } });
    expect(screen.getByText('Maxim is paused')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Turn on again' }));
    await waitFor(async () => expect(await connector.store.items.enabled.get()).toBe(true));
    await waitFor(() => expect(screen.queryByText('Maxim is paused')).toBeNull());
  });

  it('opens the options page', async () => {
    const { connector } = await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    await waitFor(() => expect(connector.optionsOpened).toBe(1));
  });
});
