// @vitest-environment happy-dom
/** Theme and marks as switches; a site's problem next to its field; empty site lists. */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderOptions, eventuallyStored } from './helpers';

afterEach(cleanup);

describe('look switches', () => {
  it('turns the marks off and picks a theme by switches', async () => {
    const { elsewhere } = await renderOptions('language');
    const marks = screen.getByRole('switch', { name: /Underline the words/ });
    expect(marks.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(marks);
    await eventuallyStored(
      () => elsewhere.items.showHighlights.get(),
      (on) => expect(on).toBe(false),
    );
    const system = screen.getByRole('switch', { name: /Follow the system/ });
    const dark = screen.getByRole('switch', { name: 'Dark theme' });
    expect(system.getAttribute('aria-checked')).toBe('true');
    expect(dark).toHaveProperty('disabled', true);
    fireEvent.click(system);
    await eventuallyStored(
      () => elsewhere.items.theme.get(),
      (theme) => expect(['light', 'dark']).toContain(theme),
    );
    await waitFor(() =>
      expect(screen.getByRole('switch', { name: 'Dark theme' })).toHaveProperty('disabled', false),
    );
    fireEvent.click(screen.getByRole('switch', { name: 'Dark theme' }));
    await eventuallyStored(
      () => elsewhere.items.theme.get(),
      (theme) => expect(theme).toBe('dark'),
    );
  });
});

describe('sites', () => {
  it('shows an invalid site under its field and empty lists as empty states', async () => {
    await renderOptions('sites');
    expect(screen.getByText('No sites of your own yet')).toBeTruthy();
    expect(screen.getByText('No site turned off')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Remove a site here/);
    const field = screen.getByLabelText('Add a site');
    fireEvent.input(field, { target: { value: 'not a site!' } });
    fireEvent.submit(field.closest('form')!);
    const error = await screen.findByText('“not a site!” is not a site address.', {
      selector: '#add-site-error p',
    });
    expect(error).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe('add-site-error');
    // Typing again clears it.
    fireEvent.input(field, { target: { value: 'crm.example.com' } });
    expect(document.getElementById('add-site-error')).toBeNull();
  });
});
