/**
 * The popup of the built extension in Chromium, opened as a tab: search in both languages,
 * expand and copy, favourites that persist, axe-core in light and dark, the keyboard alone.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_HOSTS, useChromium } from './support/harness';
import { PopupPage } from './support/pages';
import { axeViolations } from './support/axe';
import { eventually } from './support/scenarios';

const session = useChromium();
let clipboardPage: Page;
let page: Page;
let popup: PopupPage;

/** Opens the popup in a fresh tab, sized like the real one. */
async function openPopup(): Promise<void> {
  page = await session.openExtensionPage(PopupPage.path);
  await page.setViewportSize({ width: 380, height: 600 });
  // No colour transitions: axe must see the final colours of a theme switch, not a blend.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  popup = new PopupPage(page);
  await popup.ready();
}

/**
 * What the system clipboard holds, read from a web page allowed to read it (an extension's own
 * origin cannot be granted clipboard-read; the clipboard is the browser's, so any page sees it).
 */
async function clipboardText(): Promise<string> {
  return clipboardPage.evaluate(() => navigator.clipboard.readText());
}

beforeAll(async () => {
  const origin = new URL(session.server.url(DEMO_HOSTS.other, '/')).origin;
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  clipboardPage = await session.context.newPage();
  await clipboardPage.goto(session.server.url(DEMO_HOSTS.other, '/demo/crm.html'));
  await openPopup();
});

describe('popup in Chromium', () => {
  it('focuses the search on open and lists the bundled principles', async () => {
    expect(await popup.focused()).toMatch(/^input\|/);
    expect((await popup.listedIds()).length).toBeGreaterThanOrEqual(9);
  });

  it('finds principles in English and in German, with or without accents', async () => {
    await popup.search('delay');
    expect((await popup.listedIds())[0]).toBe('own-mistakes-openly');
    await popup.search('verzogerung');
    expect(await popup.listedIds()).toContain('own-mistakes-openly');
    await popup.search('shitstorm');
    expect(await popup.listedIds()).toContain('loud-few-not-many');
  });

  it('expands a principle and copies a phrasing to the clipboard', async () => {
    await popup.search('delay');
    await popup.toggle('own-mistakes-openly');
    expect(await popup.isExpanded('own-mistakes-openly')).toBe(true);
    const phrase = await popup.phrasing('own-mistakes-openly', 2);
    expect(phrase.length).toBeGreaterThan(20);
    await popup.copyPhrasing('own-mistakes-openly', 2);
    expect(
      await eventually(async () =>
        (await popup.copyButtonText('own-mistakes-openly', 2)).includes('Copied'),
      ),
    ).toBe(true);
    expect(await clipboardText()).toBe(phrase);
  });

  it('has no axe-core violations in light mode, with a principle open', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('has no axe-core violations in dark mode, with a principle open', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('has no axe-core violations with no results and under a filter', async () => {
    await popup.search('zzqxj');
    expect(await axeViolations(page)).toEqual([]);
    await popup.search('');
    await popup.filter('Favourites');
    expect(await axeViolations(page)).toEqual([]);
    await popup.filter('All');
  });

  it('has no axe-core violations with the pause menu open and while paused, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.click('button[aria-controls="pause-menu"]');
      await page.waitForSelector('#pause-menu');
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'For 1 hour' }).click();
      await page.waitForSelector('.site--paused');
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Resume' }).click();
      await page.waitForSelector('button[aria-controls="pause-menu"]');
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('stars a favourite that is stored and still there after a reload', async () => {
    await popup.search('');
    await popup.toggleFavourite('trust-your-team');
    expect(await popup.isFavourite('trust-your-team')).toBe(true);
    const stored = async () =>
      JSON.stringify(
        await session.worker.evaluate(() =>
          (
            globalThis as unknown as {
              chrome: { storage: { sync: { get(k: string): Promise<unknown> } } };
            }
          ).chrome.storage.sync.get('favourites'),
        ),
      );
    expect(await eventually(async () => (await stored()).includes('trust-your-team'))).toBe(true);
    await page.reload();
    await popup.ready();
    expect(await popup.isFavourite('trust-your-team')).toBe(true);
    await popup.filter('Favourites');
    expect(await popup.listedIds()).toEqual(['trust-your-team']);
    await popup.filter('All');
  });

  it('says Maxim is not available on its own page (the tab the popup was opened in)', async () => {
    expect(await popup.siteText()).toContain('Not available on this page');
    expect(await popup.siteSwitch()).toBeNull();
  });
});

describe('popup by keyboard alone in Chromium', () => {
  it("reaches every control with Tab: settings, search, filters, the list, a row's star", async () => {
    await page.reload();
    await popup.ready();
    const seen: string[] = [];
    for (let i = 0; i < 16; i++) {
      await page.keyboard.press('Tab');
      seen.push(await popup.focused());
    }
    const text = seen.join('\n');
    expect(text).toMatch(/^button\|Settings$/m);
    expect(text).toMatch(/^input\|Search principles$/m);
    expect(text).toMatch(/^button\|All$/m);
    expect(text).toMatch(/^button\|Favourites/m);
    expect(text).toMatch(/^button\|Write what you believe.*\|row:conviction-convinces$/m);
    expect(text).toMatch(/^button\|Favourite: .*\|row:conviction-convinces$/m);
    // The list is one tab stop: the second row is reached with the arrow keys, not with Tab.
    expect(text).not.toMatch(/row:dreams-over-features/);
  });

  it('shows a focus ring on every control that keyboard focus reaches', async () => {
    await page.reload();
    await popup.ready();
    const unringed: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      // A ring is an outline or, on the search field, a box shadow: either way not colour alone.
      const ring = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          name: `${el.localName}|${el.getAttribute('aria-label') ?? el.textContent?.trim()}`,
          outline: style.outlineStyle,
          shadow: style.boxShadow,
        };
      });
      if (ring.outline === 'none' && ring.shadow === 'none') unringed.push(ring.name);
    }
    expect(unringed).toEqual([]);
  });

  it('moves with the arrow keys, opens with Enter, copies with C and clears with Esc', async () => {
    await page.evaluate(() =>
      (document.querySelector('input[type=search]') as HTMLInputElement).focus(),
    );
    await page.keyboard.type('team');
    await page.keyboard.press('ArrowDown');
    const first = (await popup.listedIds())[0]!;
    expect(await popup.focused()).toContain(`row:${first}`);
    await page.keyboard.press('Enter');
    expect(await popup.isExpanded(first)).toBe(true);
    await page.keyboard.press('c');
    const firstPhrase = await popup.phrasing(first, 1);
    expect(await eventually(async () => (await clipboardText()) === firstPhrase)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await popup.searchValue()).toBe('');
    expect(await popup.focused()).toMatch(/^input\|/);
  });

  it('logged no page error', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.requests.offMachine(session.server.port)).toEqual([]);
  });
});
