/**
 * The service worker as a whole, over @webext-core/fake-browser plus small fakes for scripting,
 * permissions and commands: the protocol router, the per-site flow and the event listeners.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SITE_SCRIPT_PREFIX } from '../../../src/background/site-registration';
import type { Reply, SiteState } from '../../../src/messaging/protocol';
import { fakeEvent, fakePermissions, fakeScripting, fakeTabs } from './fakes';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const SHOP = ['https://*.shop.example.test/*', 'http://*.shop.example.test/*'];
const SHOP_ID = `${SITE_SCRIPT_PREFIX}shop.example.test`;
const scripting = fakeScripting();
const permissions = fakePermissions();
const tabs = fakeTabs([{ id: 5, url: 'https://shop.example.test/cart' }]);
const browser = fakeBrowser as unknown as Record<string, Record<string, unknown>>;

/** Sends a protocol message the way the client does and returns the reply. */
async function send(type: string, payload: unknown): Promise<Reply<unknown>> {
  const replies: unknown[] = await fakeBrowser.runtime.onMessage.trigger(
    { type, payload },
    {},
    () => undefined,
  );
  return replies.find((r) => r !== undefined) as Reply<unknown>;
}

async function stored(key: string): Promise<unknown> {
  return (await fakeBrowser.storage.sync.get(key))[key];
}

/** Waits until registrations settle (listeners run asynchronously). */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

beforeAll(async () => {
  Object.assign(browser.scripting!, scripting);
  Object.assign(browser.permissions!, permissions);
  Object.assign(browser.tabs!, { query: tabs.query });
  browser.commands = { onCommand: fakeEvent() };
  await import('../../../src/background/index');
});

beforeEach(async () => {
  await fakeBrowser.storage.sync.clear();
  await fakeBrowser.storage.local.clear();
  await settle();
  permissions.origins.clear();
  for (const id of [...scripting.registered.keys()]) scripting.registered.delete(id);
  scripting.injections.length = 0;
});

describe('service worker', () => {
  it('answers ping with the manifest version', async () => {
    fakeBrowser.runtime.getManifest = () => ({
      manifest_version: 3,
      name: 'Maxim',
      version: '9.9.9',
    });
    expect(await send('ping', null)).toEqual({ ok: true, value: { version: '9.9.9' } });
  });

  it('reports a browser page as unavailable and a known host as on', async () => {
    const browserPage = (await send('getSiteState', {
      url: 'chrome://extensions/',
    })) as Reply<SiteState>;
    expect(browserPage.ok && browserPage.value.available).toBe(false);
    permissions.origins.add('https://mail.google.com/*');
    const gmail = (await send('getSiteState', {
      url: 'https://mail.google.com/mail/u/0/',
    })) as Reply<SiteState>;
    expect(gmail).toMatchObject({
      ok: true,
      value: {
        hostname: 'mail.google.com',
        known: true,
        permitted: true,
        enabled: true,
        reason: 'known-host',
      },
    });
  });

  it('turns a site on: stores it, registers the content script and starts it in the tab', async () => {
    permissions.origins.add(SHOP[0]!).add(SHOP[1]!);
    const reply = (await send('setSiteEnabled', {
      hostname: 'shop.example.test',
      on: true,
      tabId: 5,
    })) as Reply<SiteState>;
    expect(reply).toMatchObject({
      ok: true,
      value: {
        hostname: 'shop.example.test',
        enabled: true,
        permitted: true,
        reason: 'turned-on-here',
      },
    });
    expect(await stored('sitesOn')).toEqual(['shop.example.test']);
    expect(scripting.registered.has(SHOP_ID)).toBe(true);
    expect(scripting.injections.map((i) => i.target)).toEqual([{ tabId: 5, allFrames: true }]);
  });

  it('turns a site off: stores it in sitesOff and removes the registration', async () => {
    permissions.origins.add(SHOP[0]!).add(SHOP[1]!);
    await send('setSiteEnabled', { hostname: 'shop.example.test', on: true });
    const reply = (await send('setSiteEnabled', {
      hostname: 'shop.example.test',
      on: false,
    })) as Reply<SiteState>;
    expect(reply).toMatchObject({ ok: true, value: { enabled: false, reason: 'turned-off-here' } });
    expect(await stored('sitesOff')).toEqual(['shop.example.test']);
    expect(await stored('sitesOn')).toEqual([]);
    expect(scripting.registered.size).toBe(0);
  });

  it('refuses to turn off a site the policy keeps on', async () => {
    await fakeBrowser.storage.managed.set({ sitesOn: ['shop.example.test'] });
    const reply = await send('setSiteEnabled', { hostname: 'shop.example.test', on: false });
    expect(reply).toEqual({ ok: false, error: "Set by your organisation's policy" });
    await fakeBrowser.storage.managed.clear();
  });

  it('removes the registration when the browser revokes the permission', async () => {
    permissions.origins.add(SHOP[0]!).add(SHOP[1]!);
    await send('setSiteEnabled', { hostname: 'shop.example.test', on: true });
    expect(scripting.registered.has(SHOP_ID)).toBe(true);
    await permissions.revoke(SHOP);
    await settle();
    expect(scripting.registered.size).toBe(0);
    // The rep's choice stays: granting the permission again brings the registration back.
    expect(await stored('sitesOn')).toEqual(['shop.example.test']);
    permissions.origins.add(SHOP[0]!);
    await permissions.onAdded.trigger({ origins: [SHOP[0]!] });
    await settle();
    expect(scripting.registered.get(SHOP_ID)?.matches).toEqual([SHOP[0]]);
  });

  it('turns a site on when its permission is granted after the popup closed, and starts it in its open tabs', async () => {
    permissions.origins.add(SHOP[0]!).add(SHOP[1]!);
    await permissions.onAdded.trigger({ origins: SHOP });
    await settle();
    expect(await stored('sitesOn')).toEqual(['shop.example.test']);
    expect(scripting.registered.has(SHOP_ID)).toBe(true);
    expect(scripting.injections.map((i) => i.target)).toEqual([{ tabId: 5, allFrames: true }]);
  });

  it('ignores an all-sites grant (that is the options page switching to "everywhere")', async () => {
    permissions.origins.add('https://*/*');
    await permissions.onAdded.trigger({ origins: ['https://*/*'] });
    await settle();
    expect(await stored('sitesOn')).toBeUndefined();
  });

  it('registers sites still granted on start-up and on install', async () => {
    await fakeBrowser.storage.sync.set({ sitesOn: ['shop.example.test'] });
    await settle();
    scripting.registered.clear();
    permissions.origins.add(SHOP[0]!);
    await fakeBrowser.runtime.onStartup.trigger();
    await settle();
    expect([...scripting.registered.keys()]).toEqual([SHOP_ID]);
    scripting.registered.clear();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.1' });
    await settle();
    expect([...scripting.registered.keys()]).toEqual([SHOP_ID]);
  });

  it('follows sites turned on elsewhere (the options page saves the settings)', async () => {
    permissions.origins.add(SHOP[0]!).add(SHOP[1]!);
    await fakeBrowser.storage.sync.set({ sitesOn: ['shop.example.test'] });
    await settle();
    expect(scripting.registered.has(SHOP_ID)).toBe(true);
    await fakeBrowser.storage.sync.set({ sitesOn: [] });
    await settle();
    expect(scripting.registered.size).toBe(0);
  });

  it('rejects a message with an invalid hostname as an error reply', async () => {
    expect(await send('setSiteEnabled', { hostname: 'not a host!', on: true })).toMatchObject({
      ok: false,
    });
  });
});
