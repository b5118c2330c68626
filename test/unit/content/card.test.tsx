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
    summary: `Summary ${id}`,
    why: `Why ${id}`,
    evidence: [`quote ${id}`],
    phrasings: [
      { template: `Phrasing one of ${id}`, audience: 'customer' },
      { template: `Phrasing two of ${id}`, audience: 'customer' },
    ],
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
    greetingName: null,
    toast: null,
    ...overrides,
  };
}

function handlers(): CardHandlers & Record<string, ReturnType<typeof vi.fn>> {
  return {
    onActivate: vi.fn(),
    onInsert: vi.fn(),
    onReplace: vi.fn(),
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

  it("lists every principle as one line: title, then the rep's words beside what it asks", () => {
    const { container } = render(<Card model={model()} handlers={handlers()} t={t} />);
    const lines = [...container.querySelectorAll('[data-why-here]')].map((el) => el.textContent);
    expect(lines).toEqual(['quote a · Summary a', 'quote b · Summary b', 'quote c · Summary c']);
  });

  it("replaces the rep's sentence, shown beside the phrasing, only with every field filled", () => {
    const h = handlers();
    const a = item('a', {
      phrasings: [{ template: 'Hi {name}, it ships on {new date}.', audience: 'customer' }],
      sentence: { start: 0, end: 22, text: 'Sorry for the delay.' },
    });
    const { container } = render(
      <Card model={model({ items: [a], greetingName: 'Sarah' })} handlers={h} t={t} />,
    );
    expect(container.querySelector('[data-sentence]')!.textContent).toBe('Sorry for the delay.');
    const inputs = [...container.querySelectorAll<HTMLInputElement>('input[data-field]')];
    expect(inputs.map((i) => [i.dataset.field, i.value])).toEqual([
      ['name', 'Sarah'],
      ['new date', ''],
    ]);
    fireEvent.click(container.querySelector('[data-action="replace"]')!);
    expect(h.onReplace).not.toHaveBeenCalled();
    expect(container.querySelector('[data-missing]')!.textContent).toBe('cardFillIn(new date)');
    expect(document.activeElement).toBe(inputs[1]);
    fireEvent.input(inputs[1]!, { target: { value: '12 June' } });
    expect(container.querySelector('[data-missing]')).toBeNull();
    fireEvent.keyDown(inputs[1]!, { key: 'Enter' });
    expect(h.onReplace).toHaveBeenCalledWith('a', 'Hi Sarah, it ships on 12 June.');
    fireEvent.click(container.querySelector('[data-action="insert"]')!);
    expect(h.onInsert).toHaveBeenCalledWith('a', 'Hi Sarah, it ships on 12 June.');
  });

  it('keeps the arrows for the text while a field has focus', () => {
    const h = handlers();
    const a = item('a', { phrasings: [{ template: 'On {new date}.', audience: 'customer' }] });
    const { container } = render(
      <Card model={model({ items: [a, item('b')] })} handlers={h} t={t} />,
    );
    const input = container.querySelector<HTMLInputElement>('input[data-field]')!;
    input.focus();
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(h.onActivate).not.toHaveBeenCalled();
  });

  it('shows what the draft already does in its own group, after the advice, with a summary', () => {
    const done = item('c', { done: ['that is on us'] });
    const { container } = render(
      <Card
        model={model({ items: [done, item('a')], activeId: 'c' })}
        handlers={handlers()}
        t={t}
      />,
    );
    expect(container.querySelector('#maxim-card-count')!.textContent).toBe('cardSummary(1,2)');
    const groups = [...container.querySelectorAll('[data-group]')].map((g) =>
      g.getAttribute('data-group'),
    );
    expect(groups).toEqual(['own', 'done']);
    const c = container.querySelector('[data-principle-id="c"]')!;
    expect(c.querySelector('[data-why-here]')!.textContent).toBe('that is on us · cardDoneLine');
    expect(c.querySelector('[data-phrasing]')).toBeNull();
    expect(c.querySelector('[data-action="replace"]')).toBeNull();
  });

  it('offers to undo in a toast, and names the keys that work where focus is', () => {
    const undo = vi.fn();
    const { container } = render(
      <Card model={model({ toast: { text: 'Dismissed', undo } })} handlers={handlers()} t={t} />,
    );
    expect(container.querySelector('[data-toast]')!.textContent).toContain('Dismissed');
    fireEvent.click(container.querySelector('[data-action="undo"]')!);
    expect(undo).toHaveBeenCalled();
    const hint = container.querySelector('[data-hint]')!;
    expect(hint.textContent).toBe('cardKeysHintOutside');
    fireEvent.focusIn(container.querySelector('[data-action="toggle"]')!);
    expect(hint.textContent).toBe('cardKeysHint');
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
    // The empty card names no keys it has nothing for.
    expect(container.querySelector('[data-hint]')).toBeNull();
  });

  it('follows the theme setting', () => {
    const { container } = render(
      <Card model={model({ theme: 'dark' })} handlers={handlers()} t={t} />,
    );
    expect(container.querySelector('.card')!.classList.contains('theme-dark')).toBe(true);
  });
});
