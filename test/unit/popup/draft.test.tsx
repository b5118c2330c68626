// @vitest-environment happy-dom
/** The popup opened on a tab with a draft Maxim analysed: that draft's principles come first. */
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { corePack } from '../../../src/data/principles';
import { listedIds, renderPopup } from './helpers';

afterEach(cleanup);

const DRAFT = ['own-mistakes-openly', 'set-realistic-expectations'];
const tab = { id: 7, url: 'https://mail.google.com/mail/u/0/', draft: DRAFT };

describe('popup with a draft', () => {
  it('lists the draft principles first, under their own heading, and the rest below', async () => {
    await renderPopup({ tab });
    const ids = listedIds();
    expect(ids.slice(0, 2)).toEqual(DRAFT);
    expect(ids).toHaveLength(corePack.principles.length);
    expect(new Set(ids).size).toBe(ids.length);
    const draftList = screen.getByRole('list', { name: 'In your draft (2)' });
    expect(draftList.querySelectorAll('.row')).toHaveLength(2);
    expect(screen.getByRole('list', { name: 'All other principles' })).toBeTruthy();
  });

  it('moves through the draft and on into the rest with the arrow keys, as one list', async () => {
    await renderPopup({ tab });
    const ids = listedIds();
    const focusedId = () => document.activeElement?.closest<HTMLElement>('.row')?.dataset.id;
    const down = () => fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    down(); // from the search field into the list: the draft's best principle
    expect(focusedId()).toBe(DRAFT[0]);
    down();
    expect(focusedId()).toBe(DRAFT[1]);
    down();
    expect(focusedId()).toBe(ids[2]);
    expect(document.activeElement?.closest('.list--draft')).toBeNull();
  });

  it('ranks by the search alone while the rep searches', async () => {
    await renderPopup({ tab });
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'Rabatt' } });
    expect(screen.queryByRole('heading', { name: /In your draft/ })).toBeNull();
    expect(listedIds()[0]).toBe('value-before-discount');
  });

  it('is the plain library on a tab without a draft', async () => {
    await renderPopup({ tab: { ...tab, draft: [] } });
    expect(screen.queryByRole('heading', { name: /In your draft/ })).toBeNull();
    expect(listedIds()).toEqual(corePack.principles.map((p) => p.id));
  });
});
