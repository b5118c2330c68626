// @vitest-environment happy-dom
/** Settings import next to the export: preview, confirm, undo; a bad file changes nothing. */
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ownPack } from '../../../src/settings';
import { eventuallyStored, jsonFile, pack, principle, renderOptions } from './helpers';

afterEach(cleanup);

const chooseFile = (file: File) =>
  fireEvent.change(document.getElementById('settings-file')!, { target: { files: [file] } });

describe('settings import', () => {
  it('restores an export after changes, shows what changes first, and can be undone', async () => {
    const { connector, elsewhere } = await renderOptions('privacy', {
      sync: { sitesOn: ['crm.example.com'], sensitivity: 0.7 },
      local: { userPacks: [ownPack([principle('mine')])] },
    });
    const exported = await connector.exportSettings();
    // Changes made after the export: a setting, a site, a pack added, the own principle gone.
    await elsewhere.saveSettings({ sensitivity: 0.2, sitesOn: [], theme: 'dark' });
    await elsewhere.packs.save([pack('team', '1.0.0', [principle('team-one')], 'Team pack')]);
    const changed = await connector.exportSettings();

    chooseFile(jsonFile('maxim-settings.json', exported));
    const preview = await screen.findByRole('region', { name: /Importing “maxim-settings.json”/ });
    expect(preview.textContent).toMatch(/Settings \(3\): Sites turned on, Sensitivity, Theme/);
    expect(preview.textContent).toMatch(/Packs added: My principles/);
    expect(preview.textContent).toMatch(/Packs removed \(not in the file\): Team pack/);
    // Nothing stored before confirming.
    expect((await elsewhere.loadSettings()).settings.sensitivity).toBe(0.2);

    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await eventuallyStored(
      () => elsewhere.loadSettings(),
      ({ settings }) => {
        expect(settings.sensitivity).toBe(0.7);
        expect(settings.sitesOn).toEqual(['crm.example.com']);
        expect(settings.theme).toBe('system');
      },
    );
    expect((await elsewhere.packs.load()).packs.map((p) => p.id)).toEqual(['my-principles']);
    expect(await connector.exportSettings()).toBe(exported);

    fireEvent.click(await screen.findByRole('button', { name: 'Undo import' }));
    await eventuallyStored(
      () => connector.exportSettings(),
      (text) => expect(text).toBe(changed),
    );
  });

  it('refuses a malformed file with every problem and changes nothing', async () => {
    const { connector } = await renderOptions('privacy', { sync: { sensitivity: 0.7 } });
    const before = await connector.exportSettings();
    const bad = {
      format: 'maxim-settings',
      schemaVersion: 1,
      settings: { sensitivity: 7, colour: 'red', sitesOn: ['ok.example.com'] },
      packs: [{ schemaVersion: 1, id: 'Bad Id', name: 'x', version: '1', principles: [] }],
    };
    chooseFile(jsonFile('bad.json', bad));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /“bad.json” cannot be imported \(2 problems\)\. Nothing was changed\./,
    );
    expect(alert.textContent).toMatch(/\$\.settings\.sensitivity/);
    expect(alert.textContent).toMatch(/\$\.settings\.colour: is not a setting of Maxim/);
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(await connector.exportSettings()).toBe(before);

    chooseFile(jsonFile('bad-packs.json', { ...bad, settings: {} }));
    await screen.findByText(/\$\.packs\[0\]\.id/);
    chooseFile(jsonFile('not-json.json', '{ "format": "maxim-settings", oops'));
    await screen.findByText(/not JSON/);
    chooseFile(jsonFile('a-pack.json', pack('p', '1.0.0', [principle('p-one')])));
    await screen.findByText(/\$\.format: must be "maxim-settings"/);
    expect(await connector.exportSettings()).toBe(before);
  });

  it('says so when the file changes nothing; a file without packs leaves the packs', async () => {
    const { connector } = await renderOptions('privacy', {
      local: { userPacks: [ownPack([principle('mine')])] },
    });
    chooseFile(jsonFile('same.json', await connector.exportSettings()));
    await screen.findByText(/Nothing: your settings are already the same/);
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    chooseFile(
      jsonFile('sensitivity.json', {
        format: 'maxim-settings',
        schemaVersion: 1,
        settings: { sensitivity: 0.9 },
      }),
    );
    const preview = await screen.findByRole('region', { name: /Importing “sensitivity.json”/ });
    expect(preview.textContent).toMatch(/Settings \(1\): Sensitivity/);
    expect(preview.textContent).not.toMatch(/Packs/);
  });
});
