/** Content-script registration for sites that are not known hosts. */
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_FILE } from '../../../src/background/files';
import {
  EVERYWHERE_SCRIPT_ID,
  SITE_SCRIPT_PREFIX,
  createSiteRegistrar,
} from '../../../src/background/site-registration';
import { KNOWN_HOST_MATCHES, type SiteSettings } from '../../../src/settings';
import { fakePermissions, fakeScripting, fakeTabs } from './fakes';

const SHOP = ['https://*.shop.example.test/*', 'http://*.shop.example.test/*'];

function setup(granted: string[] = SHOP, tabs: { id: number; url: string }[] = []) {
  const scripting = fakeScripting();
  const permissions = fakePermissions(granted);
  const registrar = createSiteRegistrar({ scripting, permissions, tabs: fakeTabs(tabs) });
  return { scripting, permissions, registrar };
}

function sites(patch: Partial<SiteSettings> = {}): SiteSettings {
  return { enabled: true, siteMode: 'known', sitesOn: [], sitesOff: [], ...patch };
}

describe('site registration', () => {
  it('registers a site the rep turned on, persistently, in the top frame and about:blank pages it opens (the bootstrap starts itself in the frames)', async () => {
    const { scripting, registrar } = setup();
    const ids = await registrar.reconcile(sites({ sitesOn: ['shop.example.test'] }));
    expect(ids).toEqual([`${SITE_SCRIPT_PREFIX}shop.example.test`]);
    expect(scripting.registered.get(`${SITE_SCRIPT_PREFIX}shop.example.test`)).toEqual({
      id: `${SITE_SCRIPT_PREFIX}shop.example.test`,
      matches: SHOP,
      js: [CONTENT_SCRIPT_FILE],
      allFrames: false,
      matchOriginAsFallback: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
  });

  it('registers nothing for a site whose permission is not granted', async () => {
    const { scripting, registrar } = setup([]);
    expect(await registrar.reconcile(sites({ sitesOn: ['shop.example.test'] }))).toEqual([]);
    expect(scripting.registered.size).toBe(0);
  });

  it('matches only the schemes that are granted', async () => {
    const { scripting, registrar } = setup([SHOP[0]!]);
    await registrar.reconcile(sites({ sitesOn: ['shop.example.test'] }));
    expect(scripting.registered.get(`${SITE_SCRIPT_PREFIX}shop.example.test`)?.matches).toEqual([
      SHOP[0],
    ]);
  });

  it('leaves known hosts to the manifest', async () => {
    const { scripting, registrar } = setup([...SHOP, ...KNOWN_HOST_MATCHES]);
    await registrar.reconcile(sites({ sitesOn: ['mail.google.com', 'demo.my.salesforce.com'] }));
    expect(scripting.registered.size).toBe(0);
  });

  it('removes the registration when the site is turned off', async () => {
    const { scripting, registrar } = setup();
    await registrar.reconcile(sites({ sitesOn: ['shop.example.test'] }));
    await registrar.reconcile(sites({ sitesOff: ['shop.example.test'] }));
    expect(scripting.registered.size).toBe(0);
  });

  it('lets a sitesOff entry win over a sitesOn entry', async () => {
    const { scripting, registrar } = setup();
    await registrar.reconcile(
      sites({ sitesOn: ['shop.example.test'], sitesOff: ['shop.example.test'] }),
    );
    expect(scripting.registered.size).toBe(0);
  });

  it('excludes a subdomain the rep turned off from its parent site', async () => {
    const { scripting, registrar } = setup();
    await registrar.reconcile(
      sites({ sitesOn: ['shop.example.test'], sitesOff: ['admin.shop.example.test'] }),
    );
    expect(
      scripting.registered.get(`${SITE_SCRIPT_PREFIX}shop.example.test`)?.excludeMatches,
    ).toEqual(['https://*.admin.shop.example.test/*', 'http://*.admin.shop.example.test/*']);
  });

  it('registers sites the policy keeps on', async () => {
    const { scripting, registrar } = setup();
    await registrar.reconcile(sites({ sitesLockedOn: ['shop.example.test'] }));
    expect([...scripting.registered.keys()]).toEqual([`${SITE_SCRIPT_PREFIX}shop.example.test`]);
  });

  it('keeps registrations while Maxim is paused everywhere (the content script pauses itself)', async () => {
    const { scripting, registrar } = setup();
    await registrar.reconcile(sites({ enabled: false, sitesOn: ['shop.example.test'] }));
    expect(scripting.registered.size).toBe(1);
  });

  it('uses one registration for every site in "everywhere" mode, minus known hosts and sites turned off', async () => {
    const { scripting, registrar } = setup(['https://*/*', 'http://*/*', ...SHOP]);
    await registrar.reconcile(
      sites({
        siteMode: 'everywhere',
        sitesOn: ['shop.example.test'],
        sitesOff: ['news.example.test'],
      }),
    );
    expect([...scripting.registered.keys()]).toEqual([EVERYWHERE_SCRIPT_ID]);
    const script = scripting.registered.get(EVERYWHERE_SCRIPT_ID)!;
    expect(script.matches).toEqual(['https://*/*', 'http://*/*']);
    expect(script.excludeMatches).toEqual([
      ...KNOWN_HOST_MATCHES,
      'https://*.news.example.test/*',
      'http://*.news.example.test/*',
    ]);
  });

  it('falls back to the sites turned on when "everywhere" lacks its permission', async () => {
    const { scripting, registrar } = setup(SHOP);
    await registrar.reconcile(sites({ siteMode: 'everywhere', sitesOn: ['shop.example.test'] }));
    expect([...scripting.registered.keys()]).toEqual([`${SITE_SCRIPT_PREFIX}shop.example.test`]);
  });

  it('changes nothing when everything is already registered', async () => {
    const { scripting, registrar } = setup();
    await registrar.reconcile(sites({ sitesOn: ['shop.example.test'] }));
    await registrar.reconcile(sites({ sitesOn: ['shop.example.test'] }));
    expect(scripting.calls).toEqual({ register: 1, unregister: 0 });
  });

  it('replaces a registration whose matches changed', async () => {
    const { scripting, permissions, registrar } = setup([SHOP[0]!]);
    await registrar.reconcile(sites({ sitesOn: ['shop.example.test'] }));
    permissions.origins.add(SHOP[1]!);
    await registrar.reconcile(sites({ sitesOn: ['shop.example.test'] }));
    expect(scripting.registered.get(`${SITE_SCRIPT_PREFIX}shop.example.test`)?.matches).toEqual(
      SHOP,
    );
  });

  it('never registers twice when reconciles overlap', async () => {
    const { scripting, registrar } = setup();
    const settings = sites({ sitesOn: ['shop.example.test'] });
    await Promise.all([
      registrar.reconcile(settings),
      registrar.reconcile(settings),
      registrar.reconcile(settings),
    ]);
    expect(scripting.registered.size).toBe(1);
    expect(scripting.calls.register).toBe(1);
  });

  it('leaves other registrations alone', async () => {
    const { scripting, registrar } = setup();
    await scripting.registerContentScripts([
      { id: 'someone-else', matches: ['https://example.org/*'], js: ['x.js'] },
    ]);
    await registrar.reconcile(sites());
    expect([...scripting.registered.keys()]).toEqual(['someone-else']);
  });

  it('starts the content script in the given tab and the open tabs of the site, in all frames', async () => {
    const tabs = [
      { id: 1, url: 'https://shop.example.test/cart' },
      { id: 2, url: 'https://eu.shop.example.test/' },
      { id: 3, url: 'https://other.example.test/' },
    ];
    const { scripting, registrar } = setup(SHOP, tabs);
    scripting.failingTabs.add(2);
    expect(await registrar.startIn('shop.example.test', [1])).toBe(1);
    expect(scripting.injections).toEqual([
      { target: { tabId: 1, allFrames: true }, files: [CONTENT_SCRIPT_FILE] },
    ]);
  });
});
