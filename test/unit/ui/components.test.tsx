// @vitest-environment happy-dom
/** The shared components: names, roles and states that assistive technology reads. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import {
  Chip,
  ChipGroup,
  Disclosure,
  EmptyState,
  IconButton,
  LockBadge,
  NoticeBanner,
  SearchField,
  Toggle,
} from '../../../src/ui/components';

afterEach(cleanup);

describe('shared components', () => {
  it('Toggle is a labelled switch that reports its state and its description', () => {
    let value = false;
    const { rerender } = render(
      <Toggle
        label="Highlights"
        description="Mark the phrases"
        checked={value}
        onChange={(v) => (value = v)}
      />,
    );
    const toggle = screen.getByRole('switch', { name: 'Highlights' });
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(document.getElementById(toggle.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Mark the phrases',
    );
    fireEvent.click(toggle);
    expect(value).toBe(true);
    rerender(<Toggle label="Highlights" checked disabled onChange={() => undefined} />);
    expect((screen.getByRole('switch') as HTMLButtonElement).disabled).toBe(true);
  });

  it('Disclosure shows and hides the region it controls', () => {
    function Harness() {
      const [open, setOpen] = useState(false);
      return (
        <Disclosure summary="Details" open={open} onToggle={setOpen}>
          <p>Inside</p>
        </Disclosure>
      );
    }
    render(<Harness />);
    const button = screen.getByRole('button', { name: 'Details' });
    const region = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(region.hidden).toBe(true);
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(region.hidden).toBe(false);
  });

  it('IconButton always has a name, and a pressed state when it toggles', () => {
    render(<IconButton icon="star" label="Favourite" pressed />);
    expect(screen.getByRole('button', { name: 'Favourite' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('Chips sit in a named group and announce selection', () => {
    render(
      <ChipGroup label="Filter">
        <Chip selected onClick={() => undefined} count={3}>
          Favourites
        </Chip>
      </ChipGroup>,
    );
    const chip = screen.getByRole('group', { name: 'Filter' }).querySelector('button')!;
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    expect(chip.textContent).toBe('Favourites3');
  });

  it('SearchField is a labelled search box whose clear button empties it', () => {
    let value = 'delay';
    render(
      <SearchField label="Search" clearLabel="Clear" value={value} onInput={(v) => (value = v)} />,
    );
    expect(screen.getByRole('search')).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(value).toBe('');
  });

  it('NoticeBanner announces errors at once and other notices politely, with words not only colour', () => {
    render(<NoticeBanner tone="error" title="Could not save" />);
    expect(screen.getByRole('alert').textContent).toBe('Could not save');
    cleanup();
    let dismissed = false;
    render(
      <NoticeBanner title="Repaired" dismissLabel="Dismiss" onDismiss={() => (dismissed = true)} />,
    );
    expect(screen.getByRole('status').textContent).toContain('Repaired');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(dismissed).toBe(true);
  });

  it('LockBadge says who set it in words', () => {
    render(<LockBadge label="Set by your organisation" reason="Policy" />);
    expect(screen.getByText('Set by your organisation').parentElement?.getAttribute('title')).toBe(
      'Policy',
    );
  });

  it('EmptyState says what happened and offers the next step', () => {
    render(
      <EmptyState
        title="Nothing here"
        hint="Try again"
        action={<button type="button">Reset</button>}
      />,
    );
    expect(screen.getByText('Nothing here')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reset' })).toBeTruthy();
  });
});
