/** The connector's logic over the in-memory platform: catalogue, packs, own principles, settings, sites. */
import { describe, expect, it } from 'vitest';
import { corePack } from '../../../src/data/principles';
import type { Pack } from '../../../src/data/types';
import { ownPack } from '../../../src/settings';
import { PackValidationError } from '../../../src/ui/connector-core';
import { createMemoryConnector } from '../../../src/ui/connector-memory';
import type { UiState } from '../../../src/ui/connector';
import { samplePack, samplePrinciple } from '../settings/helpers';

const firstCoreId = corePack.principles[0]!.id;

/** A pack that replaces a core principle and adds one. */
function teamPack(id = 'team-pack'): Pack {
  const replaced = { ...samplePrinciple(firstCoreId, 'sales') };
  return {
    ...samplePack(id, [`${id}-extra`]),
    principles: [replaced, samplePrinciple(`${id}-extra`)],
  };
}

describe('catalogue', () => {
  it('lists the bundled principles with their pack, in pack order', async () => {
    const state = await createMemoryConnector().load();
    expect(state.principles.map((p) => p.id)).toEqual(corePack.principles.map((p) => p.id));
    expect(state.principles[0]?.pack).toEqual({
      id: corePack.id,
      name: corePack.name,
      origin: 'bundled',
    });
    expect(state.packs).toEqual([
      expect.objectContaining({ id: corePack.id, origin: 'bundled', active: true, lock: null }),
    ]);
    expect(state.categories.length).toBeGreaterThan(0);
  });

  it('lets an imported pack replace a bundled principle in place and says which one it replaces', async () => {
    const connector = createMemoryConnector({ local: { userPacks: [teamPack()] } });
    const state = await connector.load();
    const first = state.principles[0]!;
    expect(first.id).toBe(firstCoreId);
    expect(first.pack.origin).toBe('imported');
    expect(first.overrides).toEqual([{ id: corePack.id, name: corePack.name }]);
    expect(state.principles.at(-1)?.id).toBe('team-pack-extra');
  });

  it('marks principles turned off, by category or by the policy, and favourites', async () => {
    const ethics = corePack.principles.find((p) => p.category === 'ethics')!.id;
    const state = await createMemoryConnector({
      sync: { disabledCategories: ['ethics'], favourites: [firstCoreId] },
      managed: { lockedOff: ['trust-your-team'] },
    }).load();
    const byId = (id: string) => state.principles.find((p) => p.id === id)!;
    expect(byId(ethics).enabled).toBe(false);
    expect(byId('trust-your-team')).toMatchObject({
      enabled: false,
      lock: { by: 'policy', value: 'off' },
    });
    expect(byId(firstCoreId).favourite).toBe(true);
  });

  it("includes team packs from the policy, locked, and drops the rep's packs when the policy disables them", async () => {
    const state = await createMemoryConnector({
      local: { userPacks: [samplePack('mine')] },
      managed: {
        packs: [JSON.stringify(samplePack('team'))],
        disableUserPacks: true,
        siteMode: 'everywhere',
      },
    }).load();
    expect(state.packs.map((p) => [p.id, p.origin, p.active, p.lock?.value ?? null])).toEqual([
      [corePack.id, 'bundled', true, null],
      ['mine', 'imported', false, 'off'],
      ['team', 'managed', true, 'managed'],
    ]);
    expect(state.principles.some((p) => p.id === 'mine-one')).toBe(false);
    expect(state.principles.some((p) => p.id === 'team-one')).toBe(true);
    expect(state.managed).toMatchObject({
      managed: true,
      settings: { siteMode: { value: 'everywhere' } },
      userPacksDisabled: { value: 'off' },
    });
  });
});

describe('pack import', () => {
  it('previews a new pack without storing anything', async () => {
    const connector = createMemoryConnector();
    const result = await connector.previewImport(JSON.stringify(teamPack()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.preview).toMatchObject({
      replaces: null,
      added: [firstCoreId, 'team-pack-extra'],
      updated: [],
      unchanged: [],
      removed: [],
    });
    expect(result.preview.overrides).toEqual([{ id: firstCoreId, packName: corePack.name }]);
    expect(await connector.store.packs.load()).toEqual({ packs: [], notices: [] });
  });

  it('previews an update: added, updated, unchanged and removed principles', async () => {
    const installed = samplePack('team', ['a', 'b', 'c']);
    const connector = createMemoryConnector({ local: { userPacks: [installed] } });
    const changedB = { ...samplePrinciple('b'), category: 'sales' as const };
    const next = {
      ...installed,
      version: '1.1.0',
      principles: [samplePrinciple('a'), changedB, samplePrinciple('d')],
    };
    const result = await connector.previewImport(JSON.stringify(next));
    expect(result.ok && result.preview).toMatchObject({
      replaces: { id: 'team', version: '1.0.0' },
      added: ['d'],
      updated: ['b'],
      unchanged: ['a'],
      removed: ['c'],
    });
  });

  it('treats a principle with its keys in another order as unchanged', async () => {
    const installed = samplePack('team', ['a']);
    const connector = createMemoryConnector({ local: { userPacks: [installed] } });
    const reordered = Object.fromEntries(Object.entries(installed.principles[0]!).reverse());
    const result = await connector.previewImport(
      JSON.stringify({ ...installed, principles: [reordered] }),
    );
    expect(result.ok && result.preview.unchanged).toEqual(['a']);
  });

  it('stores the pack only on commit', async () => {
    const connector = createMemoryConnector();
    const result = await connector.previewImport(JSON.stringify(teamPack()));
    if (!result.ok) throw new Error('expected a preview');
    await connector.commitImport(result.preview);
    expect((await connector.store.packs.load()).packs.map((p) => p.id)).toEqual(['team-pack']);
  });

  it.each([
    ['broken JSON', '{ "id": "x", }', '$', /line 1, column/],
    ['an invalid pack', JSON.stringify({ ...samplePack('bad'), version: 'one' }), '$.version', /./],
    [
      "the bundled pack's id",
      JSON.stringify({ ...samplePack('x'), id: corePack.id }),
      '$.id',
      /bundled/,
    ],
  ])(
    'refuses %s with the JSON path of the problem, and changes nothing',
    async (_name, text, path, message) => {
      const connector = createMemoryConnector({ local: { userPacks: [samplePack('keep')] } });
      const result = await connector.previewImport(text);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors[0]?.path).toBe(path);
      expect(result.errors[0]?.message).toMatch(message);
      expect((await connector.store.packs.load()).packs.map((p) => p.id)).toEqual(['keep']);
    },
  );

  it('refuses to replace a pack the organisation provides', async () => {
    const connector = createMemoryConnector({
      managed: { packs: [JSON.stringify(samplePack('team'))] },
    });
    const result = await connector.previewImport(JSON.stringify(samplePack('team')));
    expect(result.ok).toBe(false);
  });

  it("refuses to commit while the policy disables the rep's packs", async () => {
    const connector = createMemoryConnector({ managed: { disableUserPacks: true } });
    const result = await connector.previewImport(JSON.stringify(samplePack('mine')));
    if (!result.ok) throw new Error('expected a preview');
    await expect(connector.commitImport(result.preview)).rejects.toThrow(/organisation/);
  });
});

describe('export and removal', () => {
  it('exports any pack as JSON text that imports again', async () => {
    const connector = createMemoryConnector();
    const text = await connector.exportPack(corePack.id);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(corePack)));
    await expect(connector.exportPack('nope')).rejects.toThrow(/No pack/);
  });

  it('removes an imported pack but never the bundled or a managed one', async () => {
    const connector = createMemoryConnector({
      local: { userPacks: [samplePack('mine')] },
      managed: { packs: [JSON.stringify(samplePack('team'))] },
    });
    await connector.removePack('mine');
    expect((await connector.store.packs.load()).packs).toEqual([]);
    await expect(connector.removePack(corePack.id)).rejects.toThrow(/bundled/);
    await expect(connector.removePack('team')).rejects.toThrow(/organisation/);
  });

  it("exports every preference and the rep's packs as one JSON document", async () => {
    const connector = createMemoryConnector({
      sync: { favourites: ['x-y'] },
      local: { userPacks: [samplePack('mine')] },
    });
    const file = JSON.parse(await connector.exportSettings()) as {
      format: string;
      settings: { favourites: string[] };
      packs: Pack[];
    };
    expect(file.format).toBe('maxim-settings');
    expect(file.settings.favourites).toEqual(['x-y']);
    expect(file.packs.map((p) => p.id)).toEqual(['mine']);
  });
});

describe('own principles', () => {
  it('adds, replaces and deletes own principles in the my-principles pack', async () => {
    const connector = createMemoryConnector();
    await connector.saveOwnPrinciple(samplePrinciple('my-first'));
    await connector.saveOwnPrinciple({ ...samplePrinciple('my-first'), category: 'sales' });
    await connector.saveOwnPrinciple(samplePrinciple('my-second'));
    const own = await connector.store.packs.ownPrinciples();
    expect(own.map((p) => [p.id, p.category])).toEqual([
      ['my-first', 'sales'],
      ['my-second', 'service'],
    ]);
    const state: UiState = await connector.load();
    expect(state.packs.find((p) => p.origin === 'own')?.principleCount).toBe(2);
    await connector.deleteOwnPrinciple('my-first');
    expect((await connector.store.packs.ownPrinciples()).map((p) => p.id)).toEqual(['my-second']);
  });

  it('renames an own principle in one write, where the new id goes', async () => {
    const connector = createMemoryConnector();
    await connector.saveOwnPrinciple(samplePrinciple('my-first'));
    await connector.saveOwnPrinciple(samplePrinciple('my-second'));
    let writes = 0;
    const controller = new AbortController();
    connector.store.packs.onChanged(() => void writes++, controller.signal);
    await connector.saveOwnPrinciple(samplePrinciple('my-renamed'), 'my-first');
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    expect((await connector.store.packs.ownPrinciples()).map((p) => p.id)).toEqual([
      'my-second',
      'my-renamed',
    ]);
    expect(writes).toBe(1);
  });

  it('gives the options page the own principles also while the policy disables them', async () => {
    const connector = createMemoryConnector({
      local: { userPacks: [ownPack([samplePrinciple('my-first')])] },
      managed: { disableUserPacks: true },
    });
    const data = await connector.loadOptionsData();
    expect(data.own.map((p) => p.id)).toEqual(['my-first']);
    expect(data.principles.some((p) => p.id === 'my-first')).toBe(false);
    expect((await createMemoryConnector().loadOptionsData()).own).toEqual([]);
  });

  it('rejects an invalid principle with every problem and stores nothing', async () => {
    const connector = createMemoryConnector();
    const invalid = { ...samplePrinciple('Bad Id'), contexts: [] };
    const error = await connector.saveOwnPrinciple(invalid).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PackValidationError);
    expect((error as PackValidationError).errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['$.principles[0].id']),
    );
    expect(await connector.store.packs.ownPrinciples()).toEqual([]);
  });
});

describe('settings, statistics and sites', () => {
  it('updates preferences but refuses a setting the policy locks', async () => {
    const connector = createMemoryConnector({ managed: { sensitivity: 0.2 } });
    await connector.updateSettings({ theme: 'dark' });
    expect((await connector.load()).settings.theme).toBe('dark');
    await expect(connector.updateSettings({ sensitivity: 0.9 })).rejects.toThrow(
      /organisation.*sensitivity/,
    );
  });

  it('delivers every change to a watcher until its signal aborts', async () => {
    const connector = createMemoryConnector();
    const seen: string[] = [];
    const controller = new AbortController();
    const delivered = new Promise<void>((resolve) =>
      connector.watch((state) => {
        seen.push(state.settings.theme);
        resolve();
      }, controller.signal),
    );
    await connector.updateSettings({ theme: 'light' });
    await delivered;
    controller.abort();
    await connector.updateSettings({ theme: 'dark' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toEqual(['light']);
  });

  it('delivers the options page data after statistics, dismissals and set-aside packs change', async () => {
    const connector = createMemoryConnector({ local: { userPacks: [{ id: 'broken' }] } });
    expect((await connector.loadOptionsData()).quarantined).toHaveLength(1);
    const seen: [number, number, number][] = [];
    const controller = new AbortController();
    connector.watchOptionsData((data) => {
      seen.push([data.stats[firstCoreId]?.copied ?? 0, data.dismissals, data.quarantined.length]);
    }, controller.signal);
    const settled = () => new Promise((resolve) => setTimeout(resolve, 10));
    await connector.recordCopy(firstCoreId);
    await settled();
    await connector.store.dismiss('abc', firstCoreId);
    await settled();
    await connector.clearQuarantine();
    await settled();
    controller.abort();
    await connector.clearStats();
    await settled();
    expect(seen.at(-1)).toEqual([1, 1, 0]);
    expect(seen).toContainEqual([1, 0, 1]);
  });

  it('starts each in-memory connector from its own contents', async () => {
    const first = createMemoryConnector({
      sync: { theme: 'dark' },
      local: { stats: { x: { shown: 1, inserted: 0, copied: 0, dismissed: 0 } } },
    });
    expect((await first.load()).settings.theme).toBe('dark');
    const second = createMemoryConnector({ managed: { sensitivity: 0.2 } });
    const data = await second.loadOptionsData();
    expect(data.settings.theme).toBe('system');
    expect(data.stats).toEqual({});
    expect(data.effective.sensitivity).toBe(0.2);
    await expect(second.storage.managed!.set({ sensitivity: 0.9 })).rejects.toThrow(/read-only/);
  });

  it('counts copies and clears statistics and dismissals', async () => {
    const connector = createMemoryConnector();
    await connector.recordCopy(firstCoreId);
    await connector.recordCopy(firstCoreId);
    expect((await connector.loadOptionsData()).stats[firstCoreId]).toEqual({
      shown: 0,
      inserted: 0,
      copied: 2,
      dismissed: 0,
    });
    await connector.store.dismiss('abc', firstCoreId);
    expect((await connector.loadOptionsData()).dismissals).toBe(1);
    await connector.clearStats();
    await connector.clearDismissals();
    const cleared = await connector.loadOptionsData();
    expect(cleared.stats).toEqual({});
    expect(cleared.dismissals).toBe(0);
  });

  it('asks for every site before switching to "everywhere", and changes nothing when refused', async () => {
    const refusing = createMemoryConnector({ grant: () => false });
    expect(await refusing.setSiteMode('everywhere')).toEqual({
      ok: false,
      reason: 'permission-denied',
    });
    expect((await refusing.load()).settings.siteMode).toBe('known');
    const granting = createMemoryConnector();
    expect(await granting.setSiteMode('everywhere')).toEqual({ ok: true, site: null });
    expect(granting.permissionRequests).toEqual([['https://*/*', 'http://*/*']]);
    expect((await granting.load()).settings.siteMode).toBe('everywhere');
  });

  it('turns a typed site on and off from the options page', async () => {
    const connector = createMemoryConnector();
    const on = await connector.setSiteEnabled('https://CRM.Example.org/deals', true);
    expect(on).toMatchObject({ ok: true, site: { hostname: 'crm.example.org', enabled: true } });
    expect(connector.permissionRequests).toEqual([
      ['https://*.crm.example.org/*', 'http://*.crm.example.org/*'],
    ]);
    const off = await connector.setSiteEnabled('crm.example.org', false);
    expect(off).toMatchObject({ ok: true, site: { enabled: false, reason: 'turned-off-here' } });
    expect(await connector.setSiteEnabled('not a host', true)).toEqual({
      ok: false,
      reason: 'invalid-site',
    });
  });

  it('reports a policy lock when turning off a site the organisation keeps on', async () => {
    const connector = createMemoryConnector({ managed: { sitesOn: ['crm.example.org'] } });
    expect(await connector.setSiteEnabled('crm.example.org', false)).toMatchObject({
      ok: false,
      reason: 'locked',
    });
  });
});
