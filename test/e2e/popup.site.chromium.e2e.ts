/**
 * "On for this site" / "Off on this site" in the real action popup of the built extension in
 * Chromium. The popup is opened the way a click on Maxim's toolbar button opens it (CDP
 * `Extensions.triggerAction`), so the browser grants it the active tab as it does for a rep.
 * puppeteer-core drives it: it attaches to extension popups, which playwright-core does not list.
 *
 * Covered here: the state of a known host, of a site that is not known and of a browser page;
 * turning a known host off and on again end to end (settings and the page itself); and that
 * turning an unknown site on asks the browser for its permission from the click. Headless
 * Chromium cannot answer that prompt, so what follows a grant is covered in the Firefox suite
 * (popup.firefox.e2e.ts), where prompts for optional permissions can be switched off.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { DEMO_HOSTS, useChromiumPuppeteer } from './support/harness';
import { PopupPage } from './support/pages';
import { DELAY_DRAFT } from './support/editors';
import { axeViolations } from './support/axe';
import { badgeVisibleOn, eventually } from './support/scenarios';

const session = useChromiumPuppeteer();

/** Opens a web page in a new tab and brings it to the front. */
async function openTab(url: string): Promise<Page> {
  const page = await session.newPage();
  await page.goto(url);
  await page.bringToFront();
  return page;
}

/** Clicks Maxim's toolbar button for a tab and returns the popup that opens. */
async function openPopupFor(tab: Page): Promise<{ page: Page; popup: PopupPage }> {
  const cdp = await session.browser.target().createCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const url = tab.url();
  const target = targetInfos.find((info) => info.url === url);
  if (!target) throw new Error(`no tab target for ${url}`);
  const opened = session.browser.waitForTarget((t) => t.url().endsWith(PopupPage.path), {
    timeout: 10_000,
  });
  await cdp.send('Extensions.triggerAction', {
    id: session.extensionId,
    targetId: target.targetId,
  });
  const page = session.watch(await (await opened).asPage());
  const popup = new PopupPage(page);
  await popup.ready();
  await page.waitForSelector('.site:not([aria-busy])');
  return { page, popup };
}

/** A stored preference, read in the service worker. */
async function storedSync(key: string): Promise<unknown> {
  const text = await session.worker.evaluate(async (k: string) => {
    const chrome = (
      globalThis as unknown as {
        chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    return JSON.stringify((await chrome.storage.sync.get(k))[k] ?? null);
  }, key);
  return JSON.parse(text) as unknown;
}

/** Clicks the button of the popup whose text is `name`. */
async function clickButtonNamed(page: Page, name: string): Promise<void> {
  const clicked = await page.evaluate((text: string) => {
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === text,
    );
    button?.click();
    return button !== undefined;
  }, name);
  if (!clicked) throw new Error(`no button "${name}" in the popup`);
}

describe('the real popup in Chromium', () => {
  it('turns Maxim off on a known host and on again, and the page follows', async () => {
    const tab = await openTab(session.server.url(DEMO_HOSTS.email, '/demo/email.html'));
    let { page, popup } = await openPopupFor(tab);
    expect(await popup.siteText()).toContain('On for this site — a known email or CRM site');
    expect(await popup.siteSwitch()).toBe(true);
    await popup.clickSiteSwitch();
    expect(await eventually(async () => (await popup.siteSwitch()) === false)).toBe(true);
    expect(await storedSync('sitesOff')).toEqual([DEMO_HOSTS.email]);
    await page.close();

    // A fresh page load on the site: Maxim stays out of the way.
    await tab.reload();
    await tab.click('#body');
    expect(await eventually(() => badgeVisibleOn(tab, '#body'), 10)).toBe(false);

    ({ page, popup } = await openPopupFor(tab));
    expect(await popup.siteText()).toContain('Off on this site — you turned it off here');
    await popup.clickSiteSwitch();
    expect(await eventually(async () => (await popup.siteSwitch()) === true)).toBe(true);
    expect(await storedSync('sitesOff')).toEqual([]);
    await page.close();
    await tab.reload();
    await tab.click('#body');
    expect(await eventually(() => badgeVisibleOn(tab, '#body'))).toBe(true);
    await tab.close();
  });

  it('asks the browser for the permission of a site that is not known, from the click', async () => {
    const tab = await openTab(session.server.url(DEMO_HOSTS.other, '/demo/crm.html'));
    const { page, popup } = await openPopupFor(tab);
    expect(await popup.siteText()).toContain(
      'Off on this site — turn it on to get suggestions here',
    );
    expect(await popup.siteSwitch()).toBe(false);
    const closed = new Promise<void>((resolve) => page.once('close', () => resolve()));
    await popup.clickSiteSwitch().catch(() => undefined);
    // The browser's permission prompt takes the focus, and Chromium closes the popup for it. Had
    // the request not come from the click's user gesture, it would have been refused instead,
    // the popup would have stayed open and shown the failure.
    await closed;
    expect((await storedSync('sitesOn')) ?? []).toEqual([]);
    await tab.close();
  });

  it('opens with the principles of the draft in the tab first, and forgets them when the page reloads', async () => {
    const tab = await openTab(session.server.url(DEMO_HOSTS.email, '/demo/email.html'));
    let { page, popup } = await openPopupFor(tab);
    expect(await popup.draftGroup()).toBeNull();
    await page.close();

    await tab.click('#body');
    await tab.keyboard.type(DELAY_DRAFT);
    expect(await eventually(() => badgeVisibleOn(tab, '#body'), 150)).toBe(true);
    ({ page, popup } = await openPopupFor(tab));
    const group = await eventually(async () => (await popup.draftGroup()) !== null);
    expect(group).toBe(true);
    const draft = (await popup.draftGroup())!;
    expect(draft.ids).toContain('own-mistakes-openly');
    expect(draft.heading).toContain(`In your draft (${draft.ids.length})`);
    const listed = await popup.listedIds();
    expect(listed.slice(0, draft.ids.length)).toEqual(draft.ids);
    // The rest of the library follows, each principle once.
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.length).toBeGreaterThan(draft.ids.length);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();

    await tab.reload();
    ({ page, popup } = await openPopupFor(tab));
    expect(await popup.draftGroup()).toBeNull();
    await page.close();
    await tab.close();
  });

  it('pauses Maxim everywhere from the popup: no badge while paused, the badge again after Resume', async () => {
    const tab = await openTab(session.server.url(DEMO_HOSTS.email, '/demo/email.html'));
    await tab.click('#body');
    await tab.keyboard.type(DELAY_DRAFT);
    expect(await eventually(() => badgeVisibleOn(tab, '#body'), 150)).toBe(true);

    let { page } = await openPopupFor(tab);
    await page.click('button[aria-controls="pause-menu"]');
    await clickButtonNamed(page, 'For 1 hour');
    await page.waitForSelector('.site--paused');
    const title = await page.$eval('#site-title', (el) => el.textContent ?? '');
    // An hour that ends after midnight names the day ("Sat 12:15 AM").
    expect(title).toMatch(/^Paused until (?:\S+ )?\d{1,2}:\d\d/);
    const until = Number(await storedSync('pausedUntil'));
    expect(until).toBeGreaterThan(Date.now() + 59 * 60_000);
    await page.close();

    // The running page takes Maxim away at once, and typing brings nothing back.
    expect(await eventually(async () => !(await badgeVisibleOn(tab, '#body')))).toBe(true);
    await tab.click('#body');
    await tab.keyboard.type(' The new date is Friday.');
    expect(await eventually(() => badgeVisibleOn(tab, '#body'), 20)).toBe(false);
    // A page loaded during the pause does not start Maxim at all.
    await tab.reload();
    await tab.click('#body');
    await tab.keyboard.type(DELAY_DRAFT);
    expect(await eventually(() => badgeVisibleOn(tab, '#body'), 20)).toBe(false);

    ({ page } = await openPopupFor(tab));
    await clickButtonNamed(page, 'Resume');
    await page.waitForSelector('button[aria-controls="pause-menu"]');
    expect(await storedSync('pausedUntil')).toBe(0);
    await page.close();
    await tab.click('#body');
    await tab.keyboard.type(' Sorry.');
    expect(await eventually(() => badgeVisibleOn(tab, '#body'), 150)).toBe(true);
    await tab.close();
  });

  it('says Maxim is not available on a browser page', async () => {
    const tab = await openTab('about:blank');
    const { page, popup } = await openPopupFor(tab);
    expect(await popup.siteText()).toContain('Not available on this page');
    expect(await popup.siteSwitch()).toBeNull();
    await page.close();
    await tab.close();
  });

  it('logged no page error', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
