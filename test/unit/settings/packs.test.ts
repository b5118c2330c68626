import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { OWN_PACK_ID, PACK_KEYS, createPackStore } from '../../../src/settings/packs';
import { fakeStorage, samplePack, samplePrinciple } from './helpers';

const NOW = 1_700_000_000_000;
const store = () => createPackStore(fakeStorage(), undefined, () => NOW);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('user packs', () => {
  it('stores packs as one array in storage.local and reads them back', async () => {
    const packs = store();
    await packs.save([samplePack('team-a'), samplePack('team-b')]);
    const raw = await fakeBrowser.storage.local.get(PACK_KEYS.userPacks);
    expect((raw[PACK_KEYS.userPacks] as unknown[]).length).toBe(2);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await packs.load()).toEqual({
      packs: [samplePack('team-a'), samplePack('team-b')],
      notices: [],
    });
  });

  it('upserts by id and removes by id', async () => {
    const packs = store();
    await packs.upsert(samplePack('team-a'));
    await packs.upsert({ ...samplePack('team-a'), version: '1.1.0' });
    await packs.upsert(samplePack('team-b'));
    expect((await packs.load()).packs.map((p) => [p.id, p.version])).toEqual([
      ['team-a', '1.1.0'],
      ['team-b', '1.0.0'],
    ]);
    await packs.remove('team-a');
    expect((await packs.load()).packs.map((p) => p.id)).toEqual(['team-b']);
  });

  it('rejects saving an invalid pack and changes nothing', async () => {
    const packs = store();
    await packs.save([samplePack('team-a')]);
    const broken = { ...samplePack('team-b'), version: 'one' };
    await expect(packs.upsert(broken)).rejects.toThrow(/team-b.*version/);
    expect((await packs.load()).packs.map((p) => p.id)).toEqual(['team-a']);
  });

  it('keeps own principles as the my-principles pack', async () => {
    const packs = store();
    await packs.saveOwnPrinciples([samplePrinciple('my-first-rule')]);
    const own = (await packs.load()).packs.find((p) => p.id === OWN_PACK_ID);
    expect(own?.principles.map((p) => p.id)).toEqual(['my-first-rule']);
    expect((await packs.ownPrinciples()).map((p) => p.id)).toEqual(['my-first-rule']);
    await packs.saveOwnPrinciples([]);
    expect(await packs.ownPrinciples()).toEqual([]);
    expect((await packs.load()).packs).toEqual([]);
  });
});

describe('corrupt stored packs', () => {
  it('sets a corrupt pack aside in the quarantine, keeps the valid ones, and reports it', async () => {
    const corrupt = { ...samplePack('broken-pack'), principles: 'none' };
    await fakeBrowser.storage.local.set({
      [PACK_KEYS.userPacks]: [samplePack('team-a'), corrupt, samplePack('team-b')],
    });
    const packs = store();

    const { packs: loaded, notices } = await packs.load();

    expect(loaded.map((p) => p.id)).toEqual(['team-a', 'team-b']);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      key: 'userPacks[1] (broken-pack)',
      problem: 'pack-quarantined',
    });
    expect(notices[0]?.detail).toContain('principles');
    const quarantined = await packs.quarantined();
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]).toMatchObject({ at: NOW, value: corrupt });
    expect(quarantined[0]?.errors[0]?.path).toContain('principles');
  });

  it('reports a quarantined pack once; the stored list is clean afterwards', async () => {
    await fakeBrowser.storage.local.set({
      [PACK_KEYS.userPacks]: [samplePack('team-a'), { id: 7 }],
    });
    const packs = store();
    expect((await packs.load()).notices).toHaveLength(1);
    expect(await packs.load()).toEqual({ packs: [samplePack('team-a')], notices: [] });
  });

  it('sets a pack aside once when another page reloads on the quarantine change', async () => {
    await fakeBrowser.storage.local.set({
      [PACK_KEYS.userPacks]: [samplePack('team-a'), { id: 7 }],
    });
    const packs = store();
    const other = store();
    const controller = new AbortController();
    const reloads: Promise<unknown>[] = [];
    // A page that reloads its packs whenever the quarantine changes (the options page does).
    other.onQuarantineChanged(() => reloads.push(other.load()), controller.signal);
    await packs.load();
    await new Promise((resolve) => setTimeout(resolve, 10));
    await Promise.all(reloads);
    controller.abort();
    expect(await packs.quarantined()).toHaveLength(1);
  });

  it('adds to the quarantine rather than replacing it', async () => {
    const packs = store();
    await fakeBrowser.storage.local.set({ [PACK_KEYS.userPacks]: [{ id: 'first' }] });
    await packs.load();
    await fakeBrowser.storage.local.set({ [PACK_KEYS.userPacks]: [{ id: 'second' }] });
    await packs.load();
    expect((await packs.quarantined()).map((q) => q.value)).toEqual([
      { id: 'first' },
      { id: 'second' },
    ]);
    await packs.clearQuarantine();
    expect(await packs.quarantined()).toEqual([]);
  });

  it('quarantines a stored value that is not a list at all', async () => {
    await fakeBrowser.storage.local.set({ [PACK_KEYS.userPacks]: { team: 'a' } });
    const packs = store();
    const { packs: loaded, notices } = await packs.load();
    expect(loaded).toEqual([]);
    expect(notices.map((n) => n.problem)).toEqual(['pack-quarantined']);
    expect((await packs.quarantined())[0]?.value).toEqual({ team: 'a' });
  });
});
