/**
 * The popup of the built extension in Firefox: it renders, a favourite is saved and survives a
 * reload, and the per-site flow after a granted permission runs for real: the service worker
 * turns the site on, registers the content script for it and starts it in the open tab.
 *
 * Firefox can grant optional permissions without its prompt (the pref below, made for automated
 * tests), which headless Chromium cannot; the permission is requested from a real click in an
 * extension page, exactly as the popup's switch requests it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { DEMO_HOSTS, useFirefox } from './support/harness';
import { PopupPage } from './support/pages';
import { badgeVisibleOn, eventually } from './support/scenarios';

const SHOP_ORIGINS = ['https://*.shop.example.test/*', 'http://*.shop.example.test/*'];
const SHOP_SCRIPT = 'maxim-site:shop.example.test';

// Answer optional-permission requests with "allow", as the rep would in the prompt.
const session = useFirefox({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
let page: Page;
let popup: PopupPage;

/**
 * Calls an extension API in the popup page, e.g. `inExtension('storage.sync.get', 'favourites')`,
 * and returns its JSON result. The call is looked up by path, not compiled from source: the
 * extension's CSP forbids `eval` and `new Function` in its pages.
 */
async function inExtension<T>(path: string, ...args: unknown[]): Promise<T> {
  const text = await page.evaluate(
    async (api: string, params: unknown[]) => {
      const parts = api.split('.');
      let target = (globalThis as unknown as { browser: Record<string, unknown> })
        .browser as Record<string, unknown>;
      for (const part of parts.slice(0, -1)) target = target[part] as Record<string, unknown>;
      const method = target[parts[parts.length - 1] as string] as (
        ...a: unknown[]
      ) => Promise<unknown>;
      return JSON.stringify((await method.apply(target, params)) ?? null);
    },
    path,
    args,
  );
  return JSON.parse(text) as T;
}

/** Whether Maxim's badge shows on the field after clicking it. */
async function badgeOn(tab: Page, selector: string, attempts = 50): Promise<boolean> {
  await tab.click(selector);
  return eventually(() => badgeVisibleOn(tab, selector), attempts);
}

beforeAll(async () => {
  page = await session.openExtensionPage(PopupPage.path);
  popup = new PopupPage(page);
  await popup.ready();
});

describe('popup in Firefox', () => {
  it('renders the principles and finds one in German', async () => {
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Maxim');
    expect((await popup.listedIds()).length).toBeGreaterThanOrEqual(9);
    await popup.search('verzögerung');
    expect(await popup.listedIds()).toContain('own-mistakes-openly');
  });

  it('saves a favourite that is still there after a reload', async () => {
    await popup.search('');
    await popup.toggleFavourite('consistent-standards');
    expect(await popup.isFavourite('consistent-standards')).toBe(true);
    const stored = async () => JSON.stringify(await inExtension('storage.sync.get', 'favourites'));
    expect(await eventually(async () => (await stored()).includes('consistent-standards'))).toBe(
      true,
    );
    // Open the popup afresh (Firefox does not report a reloaded extension page as loaded over
    // WebDriver BiDi; a new page is what reopening the popup gives anyway).
    await page.close();
    page = await session.openExtensionPage(PopupPage.path);
    popup = new PopupPage(page);
    await popup.ready();
    expect(await popup.isFavourite('consistent-standards')).toBe(true);
  });
});

describe('a site turned on in Firefox', () => {
  let shop: Page;

  it('is off on a site that is not known', async () => {
    shop = await session.newPage();
    await shop.goto(session.server.url(DEMO_HOSTS.other, '/demo/crm.html'));
    expect(await badgeOn(shop, '#notes', 5)).toBe(false);
  });

  it('turns on when its permission is granted from a click: registered and started in the open tab', async () => {
    // What the popup's switch does first, in the click handler itself.
    await page.evaluate((origins: string) => {
      const button = document.createElement('button');
      button.id = 'grant';
      button.textContent = 'grant';
      button.addEventListener('click', () => {
        const api = (
          globalThis as unknown as {
            browser: { permissions: { request(p: { origins: string[] }): Promise<boolean> } };
          }
        ).browser;
        void api.permissions.request({ origins: JSON.parse(origins) as string[] });
      });
      document.body.prepend(button);
    }, JSON.stringify(SHOP_ORIGINS));
    await page.click('#grant');
    expect(
      await eventually(
        async () =>
          (await inExtension<boolean>('permissions.contains', { origins: SHOP_ORIGINS })) === true,
      ),
    ).toBe(true);
    // The service worker finishes the job, as it must when the popup closes for the prompt.
    const registered = () =>
      inExtension<{ id: string; allFrames?: boolean; persistAcrossSessions?: boolean }[]>(
        'scripting.getRegisteredContentScripts',
      );
    expect(
      await eventually(async () => (await registered()).some((s) => s.id === SHOP_SCRIPT)),
    ).toBe(true);
    expect((await registered()).find((s) => s.id === SHOP_SCRIPT)).toMatchObject({
      // The top frame: the bootstrap starts itself in the frames once focus moves into one.
      allFrames: false,
      persistAcrossSessions: true,
    });
    expect(await inExtension('storage.sync.get', 'sitesOn')).toEqual({
      sitesOn: [DEMO_HOSTS.other],
    });
    // Started in the tab that was already open, without a reload.
    expect(await badgeOn(shop, '#notes')).toBe(true);
  });

  it('runs on the next page load through its registration', async () => {
    await shop.reload();
    expect(await badgeOn(shop, '#notes')).toBe(true);
  });

  it('turns off through the protocol: sitesOff stored, registration removed', async () => {
    const reply = await inExtension<{ ok: boolean; value: { enabled: boolean } }>(
      'runtime.sendMessage',
      {
        type: 'setSiteEnabled',
        payload: { hostname: DEMO_HOSTS.other, on: false },
      },
    );
    expect(reply).toMatchObject({ ok: true, value: { enabled: false } });
    expect(await inExtension('storage.sync.get', 'sitesOff')).toEqual({
      sitesOff: [DEMO_HOSTS.other],
    });
    expect(await inExtension<{ id: string }[]>('scripting.getRegisteredContentScripts')).toEqual(
      [],
    );
    await shop.reload();
    expect(await badgeOn(shop, '#notes', 5)).toBe(false);
  });

  it('drops the registration when the permission is revoked', async () => {
    await inExtension('runtime.sendMessage', {
      type: 'setSiteEnabled',
      payload: { hostname: DEMO_HOSTS.other, on: true },
    });
    expect(
      await eventually(
        async () =>
          (await inExtension<{ id: string }[]>('scripting.getRegisteredContentScripts')).length ===
          1,
      ),
    ).toBe(true);
    await inExtension('permissions.remove', { origins: SHOP_ORIGINS });
    expect(
      await eventually(
        async () =>
          (await inExtension<{ id: string }[]>('scripting.getRegisteredContentScripts')).length ===
          0,
      ),
    ).toBe(true);
  });

  it('made no network request and logged no page error', () => {
    expect(session.requests.offMachine(session.server.port)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
