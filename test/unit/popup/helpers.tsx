/** Renders the popup over the in-memory connector and finds things the way a user does. */
import { render, screen, waitFor } from '@testing-library/preact';
import { expect } from 'vitest';
import { Popup } from '../../../src/popup/Popup';
import {
  createMemoryConnector,
  type MemoryConnectorOptions,
} from '../../../src/ui/connector-memory';

/** Renders the popup and waits until the list and the site card are there. */
export async function renderPopup(options: MemoryConnectorOptions = {}) {
  const connector = createMemoryConnector({
    tab: { id: 7, url: 'https://shop.example.test/cart' },
    ...options,
  });
  const view = render(<Popup connector={connector} />);
  await screen.findByRole('searchbox');
  await waitFor(() => expect(document.querySelector('.site[aria-busy]')).toBeNull());
  return { connector, ...view };
}

/** The titles of the listed principles, in order. */
export function listedTitles(): string[] {
  return [...document.querySelectorAll('.row__title')].map((el) => el.textContent ?? '');
}

/** The ids of the listed principles, in order. */
export function listedIds(): string[] {
  return [...document.querySelectorAll<HTMLElement>('.row')].map((el) => el.dataset.id ?? '');
}

/** The row of a principle. */
export function rowOf(id: string): HTMLElement {
  const row = document.querySelector<HTMLElement>(`.row[data-id="${id}"]`);
  if (!row) throw new Error(`no row ${id}; listed: ${listedIds().join(', ')}`);
  return row;
}
