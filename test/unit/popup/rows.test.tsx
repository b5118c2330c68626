// @vitest-environment happy-dom
/** Expanding principles, copying phrasings, and the keyboard alone. */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { corePack } from '../../../src/data/principles';
import { setUiLanguage } from '../../../src/ui/i18n';
import { listedIds, renderPopup, rowOf } from './helpers';

afterEach(() => {
  cleanup();
  setUiLanguage('en');
});

const principle = (id: string) => corePack.principles.find((p) => p.id === id)!;
const mainButton = (id: string) => rowOf(id).querySelector<HTMLButtonElement>('.row__main')!;
const searchbox = () => screen.getByRole('searchbox') as HTMLInputElement;
const key = (target: Element, name: string) => fireEvent.keyDown(target, { key: name });

describe('expanding and copying', () => {
  it('expands a principle to why it matters and its phrasings, and collapses it again', async () => {
    await renderPopup();
    const id = 'own-mistakes-openly';
    const button = mainButton(id);
    const details = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(details.hidden).toBe(true);
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(details.hidden).toBe(false);
    expect(within(details).getByText(principle(id).text.en!.why)).toBeTruthy();
    expect(within(details).getAllByRole('listitem')).toHaveLength(
      principle(id).text.en!.tryThis.length,
    );
    fireEvent.click(button);
    expect(details.hidden).toBe(true);
  });

  it('copies a phrasing, confirms it, and counts the copy', async () => {
    const { connector } = await renderPopup();
    const id = 'own-mistakes-openly';
    fireEvent.click(mainButton(id));
    const second = within(rowOf(id)).getByRole('button', { name: 'Copy phrasing 2' });
    fireEvent.click(second);
    await waitFor(() => expect(connector.clipboard).toEqual([principle(id).text.en!.tryThis[1]]));
    await waitFor(() => expect(second.textContent).toContain('Copied'));
    await waitFor(async () =>
      expect((await connector.store.items.stats.get())[id]?.copied).toBe(1),
    );
  });

  it('says when copying failed', async () => {
    await renderPopup({ clipboardWorks: false });
    fireEvent.click(mainButton('trust-your-team'));
    const copy = within(rowOf('trust-your-team')).getByRole('button', { name: 'Copy phrasing 1' });
    fireEvent.click(copy);
    await waitFor(() => expect(copy.textContent).toContain('Copying failed'));
  });

  it('shows phrasings in German when the interface is German', async () => {
    const { connector } = await renderPopup({ sync: { uiLanguage: 'de' } });
    await waitFor(() => expect(document.documentElement.lang).toBe('de'));
    fireEvent.click(mainButton('trust-your-team'));
    fireEvent.click(
      within(rowOf('trust-your-team')).getByRole('button', { name: 'Kopieren Formulierung 1' }),
    );
    await waitFor(() =>
      expect(connector.clipboard).toEqual([principle('trust-your-team').text.de!.tryThis[0]]),
    );
  });
});

describe('keyboard alone', () => {
  it('focuses the search field on open', async () => {
    await renderPopup();
    await waitFor(() => expect(document.activeElement).toBe(searchbox()));
  });

  it('moves from the search into the list and between rows with the arrow keys', async () => {
    await renderPopup();
    const [first, second] = listedIds();
    key(searchbox(), 'ArrowDown');
    expect(document.activeElement).toBe(mainButton(first!));
    key(document.activeElement!, 'ArrowDown');
    expect(document.activeElement).toBe(mainButton(second!));
    key(document.activeElement!, 'End');
    expect(document.activeElement).toBe(mainButton(listedIds().at(-1)!));
    key(document.activeElement!, 'Home');
    expect(document.activeElement).toBe(mainButton(first!));
    key(document.activeElement!, 'ArrowUp');
    expect(document.activeElement).toBe(searchbox());
  });

  it('keeps one tab stop for the list: the active row', async () => {
    await renderPopup();
    const [first, second] = listedIds();
    key(searchbox(), 'ArrowDown');
    key(document.activeElement!, 'ArrowDown');
    expect(mainButton(second!).tabIndex).toBe(0);
    expect(mainButton(first!).tabIndex).toBe(-1);
  });

  it('opens the best match with Enter in the search field', async () => {
    await renderPopup();
    fireEvent.input(searchbox(), { target: { value: 'Verzögerung' } });
    key(searchbox(), 'Enter');
    const best = listedIds()[0]!;
    expect(mainButton(best).getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(mainButton(best));
  });

  it('copies the first phrasing of the focused row with C', async () => {
    const { connector } = await renderPopup();
    key(searchbox(), 'ArrowDown');
    const first = listedIds()[0]!;
    key(document.activeElement!, 'c');
    await waitFor(() =>
      expect(connector.clipboard).toEqual([principle(first).text.en!.tryThis[0]]),
    );
    expect(
      await screen.findByText(`Copied a phrasing of “${principle(first).text.en!.title}”`),
    ).toBeTruthy();
  });

  it('clears the search and returns to it with Esc', async () => {
    await renderPopup();
    fireEvent.input(searchbox(), { target: { value: 'delay' } });
    key(searchbox(), 'ArrowDown');
    key(document.activeElement!, 'Escape');
    expect(searchbox().value).toBe('');
    expect(document.activeElement).toBe(searchbox());
    expect(listedIds()).toHaveLength(corePack.principles.length);
  });

  it('sends other letters typed on a row to the search field', async () => {
    await renderPopup();
    key(searchbox(), 'ArrowDown');
    key(document.activeElement!, 'd');
    expect(document.activeElement).toBe(searchbox());
  });
});
