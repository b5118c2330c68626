/** What the worker keeps of a tab's draft: principle ids per tab and page, never text. */
import { describe, expect, it } from 'vitest';
import { createTabDrafts, memoryArea, pageOf } from '../../../src/background/tab-drafts';

describe('tab drafts', () => {
  it('keeps the ids of the last analysed field per tab, for the page they were found on', async () => {
    const area = memoryArea();
    const drafts = createTabDrafts(area);
    await drafts.record(3, 'https://mail.google.com/mail/u/0/#inbox', ['a', 'b', 'a']);
    await drafts.record(4, 'https://crm.example/1', ['c']);
    expect(await drafts.principlesOf(3, 'https://mail.google.com/mail/u/0/#compose')).toEqual([
      'a',
      'b',
    ]);
    expect(await drafts.principlesOf(3, 'https://mail.google.com/other')).toEqual([]);
    expect(await drafts.principlesOf(4, 'https://crm.example/1')).toEqual(['c']);
    await drafts.record(3, 'https://mail.google.com/mail/u/0/', []);
    expect(await drafts.principlesOf(3, 'https://mail.google.com/mail/u/0/')).toEqual([]);
  });

  it('forgets a tab', async () => {
    const drafts = createTabDrafts(memoryArea());
    await drafts.record(3, 'https://a.example/', ['a']);
    await drafts.forget(3);
    expect(await drafts.principlesOf(3, 'https://a.example/')).toEqual([]);
  });

  it('stores nothing but the page and the ids', async () => {
    const area = memoryArea();
    await createTabDrafts(area).record(9, 'https://a.example/x#y', ['a']);
    expect(await area.get('draft:9')).toEqual({
      'draft:9': { page: 'https://a.example/x', ids: ['a'] },
    });
  });

  it('ignores a stored value of the wrong shape', async () => {
    const area = memoryArea();
    await area.set({ 'draft:1': { page: 'https://a.example/', ids: 'nope' } });
    expect(await createTabDrafts(area).principlesOf(1, 'https://a.example/')).toEqual([]);
    expect(pageOf(undefined)).toBe('');
  });
});
