// @vitest-environment happy-dom
/** Packs: import with preview and confirm, failed imports change nothing, export, remove, locks. */
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { corePack } from '../../../src/data/principles';
import { validatePack } from '../../../src/data/schema';
import { ownPack } from '../../../src/settings';
import { eventuallyStored, jsonFile, pack, principle, renderOptions } from './helpers';

let downloads: { name: string; blob: Blob }[] = [];
beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const chooseFile = (file: File) =>
  fireEvent.change(screen.getByLabelText('choose a pack file'), { target: { files: [file] } });
const packItem = (id: string) => document.querySelector<HTMLElement>(`[data-pack="${id}"]`);

describe('Packs section', () => {
  it('previews an import and stores it only after confirming', async () => {
    const { elsewhere } = await renderOptions('packs');
    const team = pack(
      'sales-team',
      '1.0.0',
      [principle('call-back-fast'), principle('trust-your-team', 'colleague')],
      'Sales team',
    );
    chooseFile(jsonFile('sales.json', team));
    const preview = await screen.findByRole('region', { name: 'Preview of “sales.json”' });
    expect(preview.textContent).toMatch(/Adds the pack “Sales team”, version 1.0.0/);
    expect(preview.textContent).toMatch(/New \(2\)/);
    expect(preview.textContent).toMatch(
      /Replaces principles of the same id: trust-your-team \(Maxim core principles\)/,
    );
    expect((await elsewhere.packs.load()).packs).toEqual([]);
    fireEvent.click(within(preview).getByRole('button', { name: 'Import' }));
    await eventuallyStored(
      () => elsewhere.packs.load(),
      ({ packs }) => expect(packs.map((p) => p.id)).toEqual(['sales-team']),
    );
    await vi.waitFor(() => expect(packItem('sales-team')).toBeTruthy());
  });

  it('cancelling a preview stores nothing', async () => {
    const { elsewhere } = await renderOptions('packs');
    chooseFile(jsonFile('a.json', pack('a-pack', '1.0.0', [principle('a-one')])));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    await screen.findByLabelText('choose a pack file');
    expect((await elsewhere.packs.load()).packs).toEqual([]);
  });

  it('lists every problem of a malformed pack with its JSON path and changes nothing', async () => {
    const existing = pack('kept', '1.0.0', [principle('kept-one')]);
    const { elsewhere, connector } = await renderOptions('packs', {
      local: { userPacks: [existing] },
    });
    const before = await connector.storage.local.get(null);
    const broken = { ...pack('broken', 'one', [principle('Bad Id')]), extra: true };
    chooseFile(jsonFile('broken.json', broken));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /“broken.json” cannot be imported \(\d+ problems\)\. Nothing was changed\./,
    );
    expect(alert.textContent).toContain('$.version');
    expect(alert.textContent).toContain('$.principles[0].id');
    expect(alert.textContent).toContain("$.extra unknown key 'extra'");
    expect(await connector.storage.local.get(null)).toEqual(before);
    expect((await elsewhere.packs.load()).packs).toEqual([existing]);
  });

  it('reports a JSON syntax error with line and column', async () => {
    await renderOptions('packs');
    chooseFile(jsonFile('syntax.json', '{\n  "id": "x",\n  oops\n}'));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /invalid JSON at line 3, column 3/,
    );
  });

  it('refuses the id of the bundled pack', async () => {
    await renderOptions('packs');
    chooseFile(jsonFile('core.json', pack('maxim-core', '9.0.0', [principle('x-one')])));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /\$\.id.*maxim-core.*bundled pack/,
    );
  });

  it('updates a pack when a newer version is imported, and shows what changes', async () => {
    const v1 = pack('team', '1.0.0', [
      principle('keep-me'),
      principle('drop-me'),
      principle('change-me'),
    ]);
    const changed = { ...principle('change-me'), category: 'sales' as const };
    const v2 = pack('team', '1.1.0', [principle('keep-me'), changed, principle('brand-new')]);
    const { elsewhere } = await renderOptions('packs', { local: { userPacks: [v1] } });
    chooseFile(jsonFile('team-1.1.0.json', v2));
    const preview = await screen.findByRole('region', { name: /Preview/ });
    expect(preview.textContent).toMatch(/Updates “Pack team” from version 1.0.0 to 1.1.0/);
    expect(preview.textContent).toMatch(/New \(1\).*brand-new/);
    expect(preview.textContent).toMatch(/Changed \(1\).*change-me/);
    expect(preview.textContent).toMatch(/Removed \(1\).*drop-me/);
    expect(preview.textContent).toMatch(/1 unchanged/);
    fireEvent.click(within(preview).getByRole('button', { name: 'Replace' }));
    await eventuallyStored(
      () => elsewhere.packs.load(),
      ({ packs }) => expect(packs).toEqual([v2]),
    );
  });

  it('warns when the file is an older version', async () => {
    await renderOptions('packs', {
      local: { userPacks: [pack('team', '2.0.0', [principle('t-one')])] },
    });
    chooseFile(jsonFile('old.json', pack('team', '1.9.9', [principle('t-one')])));
    expect((await screen.findByRole('region', { name: /Preview/ })).textContent).toMatch(
      /this file is the older version 1.9.9/,
    );
  });

  it('imports a file dropped on the drop zone', async () => {
    await renderOptions('packs');
    const zone = document.querySelector('.dropzone')!;
    fireEvent.drop(zone, {
      dataTransfer: {
        files: [jsonFile('drop.json', pack('dropped', '1.0.0', [principle('d-one')]))],
      },
    });
    await screen.findByRole('region', { name: 'Preview of “drop.json”' });
  });

  it('exports the bundled pack, an imported pack and own principles as valid packs', async () => {
    const own = ownPack([principle('mine')]);
    await renderOptions('packs', {
      local: { userPacks: [pack('team', '1.2.0', [principle('t-one')]), own] },
    });
    fireEvent.click(within(packItem('maxim-core')!).getByRole('button', { name: /Export/ }));
    fireEvent.click(within(packItem('team')!).getByRole('button', { name: /Export/ }));
    fireEvent.click(within(packItem('my-principles')!).getByRole('button', { name: /Export/ }));
    await vi.waitFor(() => expect(downloads).toHaveLength(3));
    expect(downloads.map((d) => d.name)).toEqual([
      expect.stringMatching(/^maxim-pack-maxim-core-\d+\.\d+\.\d+\.json$/),
      'maxim-pack-team-1.2.0.json',
      'maxim-pack-my-principles-1.0.0.json',
    ]);
    const [core, ...others] = await Promise.all(
      downloads.map(async (d) => JSON.parse(await d.blob.text()) as unknown),
    );
    expect(downloads.every((d) => d.blob.type === 'application/json')).toBe(true);
    expect(core).toEqual(corePack);
    expect(others[1]).toEqual(own);
    for (const exported of others) expect(validatePack(exported)).toMatchObject({ ok: true });
  });

  it('removes an imported pack after confirmation', async () => {
    const { elsewhere } = await renderOptions('packs', {
      local: { userPacks: [pack('team', '1.0.0', [principle('t-one')])] },
    });
    fireEvent.click(within(packItem('team')!).getByRole('button', { name: 'Remove: Pack team' }));
    fireEvent.click(within(packItem('team')!).getByRole('button', { name: 'Remove “Pack team”' }));
    await eventuallyStored(
      () => elsewhere.packs.load(),
      ({ packs }) => expect(packs).toEqual([]),
    );
  });

  it('shows team packs as locked and refuses to replace them', async () => {
    const team = pack('team-pack', '1.0.0', [principle('t-one')], 'Team pack');
    await renderOptions('packs', { managed: { packs: [JSON.stringify(team)] } });
    const item = within(packItem('team-pack')!);
    expect(item.getByText("Set by your organisation's policy")).toBeTruthy();
    expect(item.queryByRole('button', { name: /Remove/ })).toBeNull();
    chooseFile(jsonFile('team.json', { ...team, version: '2.0.0' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/provided by your organisation/);
  });

  it('turns import off when the policy disables user packs', async () => {
    await renderOptions('packs', { managed: { disableUserPacks: true } });
    expect(screen.getByText('Your organisation turned off imported packs.')).toBeTruthy();
    expect(screen.queryByLabelText('choose a pack file')).toBeNull();
  });
});
