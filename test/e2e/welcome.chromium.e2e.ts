/**
 * The welcome page in Chromium: a fresh profile is an install, and installing opens the page
 * once; it names the shortcut the browser really has, its try-it field runs Maxim's real badge
 * and card (the delay principle on a delay draft), and axe-core finds no violation in light and
 * dark, English and German. Each view is saved to .screenshots/ for review.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { WELCOME_PAGE } from '../../src/background/files';
import { DELAY_DRAFT } from './support/editors';
import { useChromium } from './support/harness';
import { MaximUi } from './support/maxim-ui';
import { axeViolations } from './support/axe';
import { eventually } from './support/scenarios';

const SHOTS = resolve(import.meta.dirname, '../../.screenshots');
mkdirSync(SHOTS, { recursive: true });
const sessions = {
  light: useChromium({ colorScheme: 'light', keepWelcome: true }),
  dark: useChromium({ colorScheme: 'dark', keepWelcome: true }),
};

/** Sets the interface language in storage and waits until the page speaks it. */
async function setLanguage(page: Page, lang: 'en' | 'de'): Promise<void> {
  await page.evaluate(async (value) => {
    const chrome = (
      globalThis as unknown as {
        chrome: { storage: { sync: { set(items: object): Promise<void> } } };
      }
    ).chrome;
    await chrome.storage.sync.set({ uiLanguage: value });
  }, lang);
  await page.waitForFunction((value) => document.documentElement.lang === value, lang);
}

describe('the welcome page in Chromium', () => {
  const session = sessions.light;

  it('opens once, on install', async () => {
    const url = `chrome-extension://${session.extensionId}/${WELCOME_PAGE}`;
    expect(session.welcome?.url()).toBe(url);
    // Give a second opening every chance to show up before counting.
    await session.welcome!.waitForSelector('#try-it');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(session.context.pages().filter((page) => page.url() === url)).toHaveLength(1);
  });

  it('says what Maxim does, where the badge appears, the real shortcut and privacy', async () => {
    const page = session.welcome!;
    const text = await page.locator('main').innerText();
    expect(text).toContain('Welcome to Maxim');
    expect(text).toContain("a small badge at the field's corner");
    expect(text).toContain('Nothing you write is sent anywhere');
    const keys = await page.locator('.welcome__keys kbd').allInnerTexts();
    const commands = await session.worker.evaluate(async () => {
      const chrome = (
        globalThis as unknown as {
          chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } };
        }
      ).chrome;
      return (await chrome.commands.getAll()).find((c) => c.name === 'open-card')?.shortcut;
    });
    expect(commands).toBe('Alt+Shift+M');
    expect(keys.join('+')).toBe(commands);
  });

  it('shows the real badge and card with the delay principle for a delay draft in its try-it field', async () => {
    const page = session.welcome!;
    await page.bringToFront();
    const ui = await MaximUi.on(page);
    await page.click('#try-it');
    await page.keyboard.type(DELAY_DRAFT);
    expect(await eventually(async () => ((await ui.badgeCount()) ?? 0) >= 1, 150)).toBe(true);
    const badge = await ui.badge();
    await ui.click(badge!);
    expect(await eventually(async () => (await ui.card()) !== null)).toBe(true);
    expect(await ui.cardPrinciples()).toContain('own-mistakes-openly');
    await page.screenshot({ path: resolve(SHOTS, 'welcome-try-it-light-en.png'), fullPage: true });
    await page.keyboard.press('Escape');
    await ui.detach();
  });

  it.each(['en', 'de'] as const)(
    'has no axe-core violations in light and dark (%s)',
    async (lang) => {
      for (const [scheme, s] of Object.entries(sessions)) {
        const page = s.welcome!;
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await setLanguage(page, lang);
        await page.waitForSelector('.welcome__keys kbd');
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({
          path: resolve(SHOTS, `welcome-${scheme}-${lang}.png`),
          fullPage: true,
        });
      }
      await setLanguage(sessions.light.welcome!, 'en');
      await setLanguage(sessions.dark.welcome!, 'en');
    },
  );

  it('speaks German when the interface language is German', async () => {
    const page = sessions.dark.welcome!;
    await setLanguage(page, 'de');
    expect(await page.locator('h1').innerText()).toBe('Willkommen bei Maxim');
    await setLanguage(page, 'en');
  });

  it('made no network request and logged no page error', () => {
    for (const s of Object.values(sessions)) {
      expect(s.requests.offMachine(s.server.port)).toEqual([]);
      expect(s.pageErrors).toEqual([]);
    }
  });
});
