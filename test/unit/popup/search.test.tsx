// @vitest-environment happy-dom
/** The popup's search, filters and favourites, against the in-memory connector. */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { corePack } from '../../../src/data/principles';
import { setUiLanguage } from '../../../src/ui/i18n';
import { listedIds, listedTitles, renderPopup, rowOf } from './helpers';

afterEach(() => {
  cleanup();
  setUiLanguage('en');
});

const search = (text: string) =>
  fireEvent.input(screen.getByRole('searchbox'), { target: { value: text } });

describe('popup search', () => {
  it('lists every principle before a search', async () => {
    await renderPopup();
    expect(listedIds()).toEqual(corePack.principles.map((p) => p.id));
    expect(screen.getByText(`${corePack.principles.length} principles`)).toBeTruthy();
  });

  it('finds a principle by an English signal word', async () => {
    await renderPopup();
    search('delay');
    expect(listedIds()[0]).toBe('own-mistakes-openly');
  });

  it.each([
    ['the German word with its umlaut', 'Verzögerung'],
    ['the German word without the umlaut', 'verzogerung'],
    ['upper case', 'VERZÖGERUNG'],
    ['a prefix', 'verzög'],
  ])('finds a German signal by %s', async (_name, query) => {
    await renderPopup();
    search(query);
    expect(listedIds()).toContain('own-mistakes-openly');
  });

  it('finds a principle by words of its German title while the interface speaks English', async () => {
    await renderPopup();
    const title = corePack.principles.find((p) => p.id === 'trust-your-team')!.text.de!.title;
    search(title);
    expect(listedIds()[0]).toBe('trust-your-team');
  });

  it('tolerates a typo in a longer word', async () => {
    await renderPopup();
    search('outtage');
    expect(listedIds()).toContain('own-mistakes-openly');
  });

  it('says so when nothing matches and offers to show everything', async () => {
    await renderPopup();
    search('zzqxj');
    expect(listedIds()).toEqual([]);
    expect(screen.getByText('Nothing matches “zzqxj”')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show all principles' }));
    expect(listedIds()).toHaveLength(corePack.principles.length);
  });

  it('clears the search with its clear button', async () => {
    await renderPopup();
    search('delay');
    fireEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('');
    expect(listedIds()).toHaveLength(corePack.principles.length);
  });
});

describe('popup filters', () => {
  it('shows one category when its chip is pressed, and all again when pressed twice', async () => {
    await renderPopup();
    const chips = within(screen.getByRole('group', { name: 'Show' }));
    const ethics = chips.getByRole('button', { name: 'Ethics' });
    fireEvent.click(ethics);
    expect(ethics.getAttribute('aria-pressed')).toBe('true');
    const expected = corePack.principles.filter((p) => p.category === 'ethics').map((p) => p.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(listedIds()).toEqual(expected);
    fireEvent.click(ethics);
    expect(listedIds()).toHaveLength(corePack.principles.length);
  });

  it('combines a search with a category', async () => {
    await renderPopup();
    search('customer');
    const all = listedIds().length;
    fireEvent.click(screen.getByRole('button', { name: 'Ethics' }));
    const ethics = new Set(
      corePack.principles.filter((p) => p.category === 'ethics').map((p) => p.id),
    );
    expect(listedIds().length).toBeLessThan(all);
    expect(listedIds().every((id) => ethics.has(id))).toBe(true);
  });
});

describe('popup favourites', () => {
  it('stars a principle, stores it and lists it under Favourites', async () => {
    const { connector } = await renderPopup();
    const star = within(rowOf('loud-few-not-many')).getByRole('button', { name: /^Favourite:/ });
    expect(star.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(star);
    expect(star.getAttribute('aria-pressed')).toBe('true');
    await waitFor(async () =>
      expect(await connector.store.items.favourites.get()).toEqual(['loud-few-not-many']),
    );
    fireEvent.click(screen.getByRole('button', { name: /^Favourites/ }));
    expect(listedIds()).toEqual(['loud-few-not-many']);
  });

  it('shows an empty state when there are no favourites yet', async () => {
    await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: /^Favourites/ }));
    expect(screen.getByText('No favourites yet')).toBeTruthy();
  });

  it('un-stars a stored favourite', async () => {
    const { connector } = await renderPopup({ sync: { favourites: ['trust-your-team'] } });
    const star = within(rowOf('trust-your-team')).getByRole('button', { name: /^Favourite:/ });
    expect(star.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(star);
    await waitFor(async () => expect(await connector.store.items.favourites.get()).toEqual([]));
  });
});

describe('popup language', () => {
  it('speaks German when the rep chose German', async () => {
    await renderPopup({ sync: { uiLanguage: 'de' } });
    await waitFor(() =>
      expect(screen.getByRole('searchbox').getAttribute('aria-label')).toBe(
        'Prinzipien durchsuchen',
      ),
    );
    const german = corePack.principles[0]!.text.de!.title;
    expect(listedTitles()[0]).toBe(german);
    expect(document.documentElement.lang).toBe('de');
  });

  it('applies the chosen theme to the page', async () => {
    await renderPopup({ sync: { theme: 'dark' } });
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
  });
});

describe('popup notices', () => {
  it('shows what was repaired in stored settings', async () => {
    await renderPopup({ sync: { favourites: 'not a list' } });
    expect(await screen.findByText('Maxim repaired some stored data')).toBeTruthy();
    expect(screen.getByText(/Favourites: the stored value was damaged/)).toBeTruthy();
  });
});
