// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card } from '../../../content/ui/card/Card';
import type { CardHandlers, CardItem, CardModel } from '../../../content/ui/card/model';

const t = (key: string, subs: string | readonly string[] = []) => {
  const list = typeof subs === 'string' ? [subs] : subs;
  return list.length ? `${key}(${list.join(',')})` : key;
};

function item(id: string, overrides: Partial<CardItem> = {}): CardItem {
  return {
    id,
    title: `Title ${id}`,
    why: `Why ${id}`,
    evidence: [`quote ${id}`],
    tryThis: [`Phrasing one of ${id}`, `Phrasing two of ${id}`],
    lang: 'en',
    mutable: true,
    ...overrides,
  };
}

function model(overrides: Partial<CardModel> = {}): CardModel {
  return {
    items: [item('a'), item('b'), item('c')],
    activeId: 'a',
    statuses: {},
    partial: false,
    hostname: 'demo.my.salesforce.com',
    siteLocked: false,
    theme: 'system',
    uiLang: 'en',
    ...overrides,
  };
}

function handlers(): CardHandlers & Record<string, ReturnType<typeof vi.fn>> {
  return {
    onActivate: vi.fn(),
    onInsert: vi.fn(),
    onCopy: vi.fn(),
    onDismiss: vi.fn(),
    onMute: vi.fn(),
    onSiteOff: vi.fn(),
    onClose: vi.fn(),
  } as CardHandlers & Record<string, ReturnType<typeof vi.fn>>;
}

afterEach(cleanup);

describe('the card', () => {
  it('is a labelled dialog that lists principles best first, with the active one open', () => {
    const { container } = render(<Card model={model()} handlers={handlers()} t={t} />);
    const dialog = container.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-label')).toBe('cardLabel');
    expect(container.querySelector('#maxim-card-count')!.textContent).toBe('cardCountMany(3)');
    const ids = [...container.querySelectorAll('[data-principle-id]')].map((el) =>
      el.getAttribute('data-principle-id'),
    );
    expect(ids).toEqual(['a', 'b', 'c']);
    const bodies = [...container.querySelectorAll<HTMLElement>('.principle__body')].map(
      (b) => b.hidden,
    );
    expect(bodies).toEqual([false, true, true]);
    const active = container.querySelector('[data-principle-id="a"]')!;
    expect(active.querySelector('q')!.textContent).toBe('quote a');
    expect(active.querySelector('[data-phrasing]')!.textContent).toBe('Phrasing one of a');
    expect(active.querySelector('[data-action="toggle"]')!.getAttribute('aria-expanded')).toBe(
      'true',
    );
  });

  it('passes the shown phrasing to Insert and Copy, and cycles phrasings', () => {
    const h = handlers();
    const { container } = render(<Card model={model()} handlers={h} t={t} />);
    const principle = container.querySelector('[data-principle-id="a"]')!;
    fireEvent.click(principle.querySelector('[data-action="insert"]')!);
    expect(h.onInsert).toHaveBeenCalledWith('a', 'Phrasing one of a');
    fireEvent.click(principle.querySelector('[data-action="next-phrasing"]')!);
    fireEvent.click(principle.querySelector('[data-action="copy"]')!);
    expect(h.onCopy).toHaveBeenCalledWith('a', 'Phrasing two of a');
    fireEvent.click(principle.querySelector('[data-action="dismiss"]')!);
    expect(h.onDismiss).toHaveBeenCalledWith('a');
    fireEvent.click(principle.querySelector('[data-action="mute"]')!);
    expect(h.onMute).toHaveBeenCalledWith('a');
    fireEvent.click(container.querySelector('[data-action="site-off"]')!);
    expect(h.onSiteOff).toHaveBeenCalled();
  });

  it('moves between principles with the arrow keys, Home and End, wrapping around', () => {
    const h = handlers();
    const { container } = render(<Card model={model({ activeId: 'c' })} handlers={h} t={t} />);
    const dialog = container.querySelector('[role="dialog"]')!;
    fireEvent.keyDown(dialog, { key: 'ArrowDown' });
    expect(h.onActivate).toHaveBeenLastCalledWith('a');
    fireEvent.keyDown(dialog, { key: 'ArrowUp' });
    expect(h.onActivate).toHaveBeenLastCalledWith('b');
    fireEvent.keyDown(dialog, { key: 'Home' });
    expect(h.onActivate).toHaveBeenLastCalledWith('a');
    fireEvent.keyDown(dialog, { key: 'End' });
    expect(h.onActivate).toHaveBeenLastCalledWith('c');
  });

  it('closes on Escape', () => {
    const h = handlers();
    const { container } = render(<Card model={model()} handlers={h} t={t} />);
    fireEvent.keyDown(container.querySelector('[role="dialog"]')!, { key: 'Escape' });
    expect(h.onClose).toHaveBeenCalledTimes(1);
  });

  it('keeps Tab inside the card', () => {
    const { container } = render(<Card model={model()} handlers={handlers()} t={t} />);
    const dialog = container.querySelector<HTMLElement>('[role="dialog"]')!;
    const stops = [...dialog.querySelectorAll<HTMLElement>('button')].filter(
      (b) => !b.closest('[hidden]'),
    );
    stops[stops.length - 1]!.focus();
    fireEvent.keyDown(dialog, { key: 'Tab' });
    expect(document.activeElement).toBe(stops[0]);
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(stops[stops.length - 1]);
  });

  it('hides Mute for principles the policy keeps on, and Off on this site where the policy keeps Maxim on', () => {
    const { container } = render(
      <Card
        model={model({ items: [item('a', { mutable: false })], siteLocked: true })}
        handlers={handlers()}
        t={t}
      />,
    );
    expect(container.querySelector('[data-action="mute"]')).toBeNull();
    expect(container.querySelector('[data-action="site-off"]')).toBeNull();
  });

  it('shows the outcome of an action, the partial-analysis note, and an empty state', () => {
    const { container, rerender } = render(
      <Card
        model={model({ statuses: { a: { tone: 'error', text: 'copied instead' } }, partial: true })}
        handlers={handlers()}
        t={t}
      />,
    );
    expect(container.querySelector('[data-principle-id="a"] [data-status]')!.textContent).toBe(
      'copied instead',
    );
    expect(container.querySelector('[data-partial]')!.textContent).toBe('cardPartial');
    rerender(<Card model={model({ items: [], activeId: null })} handlers={handlers()} t={t} />);
    expect(container.querySelector('#maxim-card-count')!.textContent).toBe('cardCountNone');
    expect(container.querySelector('[data-principle-id]')).toBeNull();
  });

  it('follows the theme setting', () => {
    const { container } = render(
      <Card model={model({ theme: 'dark' })} handlers={handlers()} t={t} />,
    );
    expect(container.querySelector('.card')!.classList.contains('theme-dark')).toBe(true);
  });
});
