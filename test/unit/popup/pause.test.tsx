// @vitest-environment happy-dom
/** Pausing Maxim everywhere from the popup, and the paused state with its way back. */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { pauseEndText } from '../../../src/popup/SiteCard';
import { renderPopup } from './helpers';

afterEach(cleanup);

const HOUR = 3_600_000;

describe('pause in the popup', () => {
  it('pauses for an hour from the header, then says until when and resumes', async () => {
    const { connector } = await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    const before = Date.now();
    fireEvent.click(screen.getByRole('button', { name: 'For 1 hour' }));
    await waitFor(async () =>
      expect(await connector.store.items.pausedUntil.get()).toBeGreaterThanOrEqual(before + HOUR),
    );
    const title = await screen.findByRole('heading', {
      // An hour that ends after midnight names the day ("Sat 12:15 AM").
      name: /^Paused until (?:\S+ )?\d{1,2}:\d\d( [AP]M)?$/,
    });
    expect(title).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await waitFor(async () => expect(await connector.store.items.pausedUntil.get()).toBe(0));
    await screen.findByRole('button', { name: 'Pause' });
  });

  it('pauses until turned on again with the global switch', async () => {
    const { connector } = await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    fireEvent.click(screen.getByRole('button', { name: 'Until I turn it on again' }));
    await waitFor(async () => expect(await connector.store.items.enabled.get()).toBe(false));
    expect(await screen.findByText('Maxim is paused')).toBeTruthy();
  });

  it('closes the menu with Esc and gives the focus back to its button', async () => {
    await renderPopup();
    const button = screen.getByRole('button', { name: 'Pause' });
    fireEvent.click(button);
    const first = screen.getByRole('button', { name: 'For 1 hour' });
    await waitFor(() => expect(document.activeElement).toBe(first));
    fireEvent.keyDown(first, { key: 'Escape' });
    expect(screen.queryByRole('button', { name: 'For 1 hour' })).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('shows a pause that ended as over', async () => {
    await renderPopup({ sync: { pausedUntil: Date.now() - 1000 } });
    expect(screen.queryByText(/Paused until/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
  });

  it('names the time today, and the day as well for a later day', () => {
    const now = new Date(2025, 11, 3, 14, 30).getTime();
    expect(pauseEndText(now + HOUR, now, 'en-GB')).toBe('15:30');
    expect(pauseEndText(new Date(2025, 11, 4).getTime(), now, 'de-DE')).toBe('Do., 00:00');
    expect(pauseEndText(now + HOUR, now, 'en-US')).toBe('3:30 PM');
  });
});
