// @vitest-environment happy-dom
/** The Principles section: on/off, categories, sensitivity, contexts, search, locks, live updates. */
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { categoryLabel } from '../../../src/ui/categories';
import { renderOptions, eventuallyStored, pack, principle } from './helpers';

afterEach(cleanup);

/** Whether a switch (role="switch", aria-checked) is on. */
const isOn = (el: HTMLElement) => el.getAttribute('aria-checked') === 'true';
const categoryGroup = (category: string) =>
  document.querySelector<HTMLElement>(`[aria-labelledby="category-${category}"]`)!;
const row = (id: string) => document.querySelector<HTMLElement>(`[data-principle="${id}"]`)!;

describe('Principles section', () => {
  it('lists the bundled principles by category', async () => {
    await renderOptions();
    expect(within(categoryGroup('marketing')).getByRole('heading').textContent).toContain(
      categoryLabel('marketing'),
    );
    expect(row('trust-your-team')).toBeTruthy();
    expect(isOn(within(row('trust-your-team')).getByRole('switch'))).toBe(true);
  });

  it('turns a principle off and on again', async () => {
    const { elsewhere } = await renderOptions();
    fireEvent.click(within(row('trust-your-team')).getByRole('switch'));
    await eventuallyStored(
      () => elsewhere.items.disabledPrinciples.get(),
      (v) => expect(v).toEqual(['trust-your-team']),
    );
    await vi.waitFor(() =>
      expect(isOn(within(row('trust-your-team')).getByRole('switch'))).toBe(false),
    );
    fireEvent.click(within(row('trust-your-team')).getByRole('switch'));
    await eventuallyStored(
      () => elsewhere.items.disabledPrinciples.get(),
      (v) => expect(v).toEqual([]),
    );
  });

  it('turns a whole category off', async () => {
    const { elsewhere } = await renderOptions();
    const group = categoryGroup('ethics');
    fireEvent.click(
      within(group).getByRole('switch', { name: `All of ${categoryLabel('ethics')}` }),
    );
    await eventuallyStored(
      () => elsewhere.items.disabledCategories.get(),
      (v) => expect(v).toEqual(['ethics']),
    );
    await screen.findAllByText('Off with its category');
  });

  it('saves the global sensitivity', async () => {
    const { elsewhere } = await renderOptions();
    fireEvent.change(screen.getByRole('slider', { name: 'Sensitivity' }), {
      target: { value: '80' },
    });
    await eventuallyStored(
      () => elsewhere.items.sensitivity.get(),
      (v) => expect(v).toBe(0.8),
    );
  });

  it('sets a sensitivity and contexts of one principle', async () => {
    const { elsewhere } = await renderOptions();
    fireEvent.click(within(row('trust-your-team')).getByRole('button', { name: /Adjust/ }));
    fireEvent.change(within(row('trust-your-team')).getByLabelText('Applies to'), {
      target: { value: 'crm' },
    });
    await eventuallyStored(
      () => elsewhere.items.principleContexts.get(),
      (v) => expect(v).toEqual({ 'trust-your-team': ['crm'] }),
    );
    fireEvent.click(
      within(row('trust-your-team')).getByRole('switch', {
        name: 'Own sensitivity for this principle',
      }),
    );
    await eventuallyStored(
      () => elsewhere.items.principleSensitivity.get(),
      (v) => expect(v).toEqual({ 'trust-your-team': 0.5 }),
    );
    const slider = await within(row('trust-your-team')).findByRole('slider');
    fireEvent.change(slider, { target: { value: '20' } });
    await eventuallyStored(
      () => elsewhere.items.principleSensitivity.get(),
      (v) => expect(v).toEqual({ 'trust-your-team': 0.2 }),
    );
  });

  it('filters by search over titles and signal words', async () => {
    await renderOptions();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'colleague' } });
    await vi.waitFor(() => expect(row('own-mistakes-openly')).toBeNull());
    expect(row('trust-your-team')).toBeTruthy();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'qqqxxyz' } });
    await screen.findByText('No principle matches “qqqxxyz”.');
  });

  it('shows principles locked by policy with the reason and does not let them change', async () => {
    await renderOptions('principles', {
      managed: {
        lockedOff: ['trust-your-team'],
        lockedOn: ['loud-few-not-many'],
        sensitivity: 0.3,
      },
    });
    const locked = within(row('trust-your-team'));
    expect(locked.getByText("Set by your organisation's policy")).toBeTruthy();
    expect(locked.getByRole('switch')).toHaveProperty('disabled', true);
    expect(isOn(locked.getByRole('switch'))).toBe(false);
    expect(isOn(within(row('loud-few-not-many')).getByRole('switch'))).toBe(true);
    expect(screen.getByRole('slider', { name: 'Sensitivity' })).toHaveProperty('disabled', true);
    expect(screen.getByText(/Your organisation manages some of these settings/)).toBeTruthy();
  });

  it('lists principles of team packs and follows changes made elsewhere', async () => {
    const team = pack('team', '1.0.0', [principle('team-rule')], 'Team rules');
    const { elsewhere } = await renderOptions('principles', {
      managed: { packs: [JSON.stringify(team)] },
    });
    expect(within(row('team-rule')).getByText('Team')).toBeTruthy();
    await elsewhere.mutePrinciple('team-rule');
    await vi.waitFor(() => expect(isOn(within(row('team-rule')).getByRole('switch'))).toBe(false));
  });
});
