// @vitest-environment happy-dom
/** Local insights (the weekly chart and its table) and forgetting one dismissal at a time. */
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { weekOf } from '../../../src/settings';
import { renderOptions, eventuallyStored } from './helpers';

afterEach(cleanup);

describe('insights', () => {
  it('charts this week from statistics counted elsewhere, with the numbers in a table', async () => {
    const { elsewhere } = await renderOptions('privacy');
    await screen.findByText(/Nothing counted in these weeks yet/);
    await elsewhere.recordStat('trust-your-team', 'shown');
    await elsewhere.recordStat('trust-your-team', 'shown');
    await elsewhere.recordStat('trust-your-team', 'copied');
    await elsewhere.recordStat('own-mistakes-openly', 'shown');
    await elsewhere.dismiss('f00d', 'own-mistakes-openly');
    await screen.findByText('This week: 3 came up, 1 used, 1 dismissed.');
    const bars = [...document.querySelectorAll<HTMLElement>('.chart__week')];
    expect(bars).toHaveLength(12);
    const now = bars.at(-1)!;
    expect(now.querySelector('.chart__bar--shown')?.getAttribute('style')).toMatch(/height: 100%/);
    expect(now.querySelector('.chart__bar--used')?.getAttribute('data-value')).toBe('1');
    const table = screen.getByRole('table', { name: 'Principles per week', hidden: true });
    const row = table.querySelector(`[data-week="${weekOf(Date.now())}"]`)!;
    expect([...row.querySelectorAll('td')].map((c) => c.textContent)).toEqual(['3', '1', '1']);
    // One principle only.
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'trust-your-team' } });
    await screen.findByText('This week: 2 came up, 1 used, 0 dismissed.');
  });
});

describe('dismissals', () => {
  it('lists each dismissal with its principle, time and site, and forgets one at a time', async () => {
    const at = Date.parse('2026-11-20T09:30:00Z');
    const { elsewhere } = await renderOptions('privacy', {
      local: {
        dismissals: [
          { fingerprint: 'aaa', principleId: 'trust-your-team', at, site: 'mail.google.com' },
          { fingerprint: 'bbb', principleId: 'own-mistakes-openly', at: at + 60_000 },
        ],
      },
    });
    const list = await screen.findByRole('list', { name: 'Dismissed suggestions' });
    const items = within(list).getAllByRole('listitem');
    // Newest first; the site when it is known.
    expect(items[0]?.textContent).toMatch(/^.+dismissed .*2026/);
    expect(items[0]?.textContent).not.toMatch(/ on /);
    expect(items[1]?.textContent).toMatch(/dismissed .*2026.* on mail\.google\.com/);
    const forget = within(items[1]!).getByRole('button', { name: /^Forget: / });
    fireEvent.click(forget);
    await eventuallyStored(
      () => elsewhere.items.dismissals.get(),
      (list) => expect(list.map((d) => d.fingerprint)).toEqual(['bbb']),
    );
    await vi.waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Dismissed suggestions' })).getAllByRole(
          'listitem',
        ),
      ).toHaveLength(1),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Forget all' }));
    await screen.findByText('You have not dismissed anything.');
  });
});
