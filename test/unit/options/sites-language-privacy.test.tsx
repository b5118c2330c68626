// @vitest-environment happy-dom
/** Sites, Language, Privacy & data, notices and navigation of the options page. */
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ownPack } from '../../../src/settings';
import { noticeText } from '../../../src/ui/notice-text';
import { eventuallyStored, pack, principle, renderOptions } from './helpers';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('Sites section', () => {
  it('lists known hosts, and the sites turned on and off with remove buttons', async () => {
    const { elsewhere } = await renderOptions('sites', {
      sync: { sitesOn: ['crm.acme.test'], sitesOff: ['mail.google.com'] },
    });
    expect(screen.getByText('Gmail')).toBeTruthy();
    expect(screen.getByText('*.salesforce.com')).toBeTruthy();
    const on = screen.getByRole('list', { name: 'Sites you turned on' });
    expect(within(on).getByText('crm.acme.test')).toBeTruthy();
    fireEvent.click(within(on).getByRole('button', { name: 'Remove: crm.acme.test' }));
    await eventuallyStored(
      () => elsewhere.items.sitesOn.get(),
      (v) => expect(v).toEqual([]),
    );
    const off = screen.getByRole('list', { name: 'Sites you turned off' });
    fireEvent.click(within(off).getByRole('button', { name: 'Remove: mail.google.com' }));
    await eventuallyStored(
      () => elsewhere.items.sitesOff.get(),
      (v) => expect(v).toEqual([]),
    );
  });

  it('switches to every site only when the browser grants the permission', async () => {
    const asked: string[][] = [];
    let grant = false;
    const { elsewhere } = await renderOptions('sites', {
      grant: (origins: string[]) => (asked.push(origins), grant),
    });
    fireEvent.click(screen.getByRole('radio', { name: /Every site/ }));
    await screen.findByText(/it was not given, so nothing changed/);
    expect(await elsewhere.items.siteMode.get()).toBe('known');
    expect(screen.getByRole('radio', { name: /Every site/ })).toHaveProperty('checked', false);
    grant = true;
    fireEvent.click(screen.getByRole('radio', { name: /Every site/ }));
    await eventuallyStored(
      () => elsewhere.items.siteMode.get(),
      (v) => expect(v).toBe('everywhere'),
    );
    expect(asked).toEqual([
      ['https://*/*', 'http://*/*'],
      ['https://*/*', 'http://*/*'],
    ]);
  });

  it('adds a site typed as a URL, asking for that site only', async () => {
    const asked: string[][] = [];
    const { elsewhere } = await renderOptions('sites', {
      grant: (origins: string[]) => (asked.push(origins), true),
    });
    fireEvent.input(screen.getByLabelText('Add a site'), {
      target: { value: 'https://App.Acme.test/path' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    await eventuallyStored(
      () => elsewhere.items.sitesOn.get(),
      (v) => expect(v).toEqual(['app.acme.test']),
    );
    expect(asked).toEqual([['https://*.app.acme.test/*', 'http://*.app.acme.test/*']]);
  });

  it('shows sites and the mode set by policy as locked', async () => {
    await renderOptions('sites', { managed: { sitesOn: ['crm.example.test'], siteMode: 'known' } });
    const list = screen.getByRole('list', { name: 'Sites set by your organisation' });
    expect(within(list).getByText('crm.example.test')).toBeTruthy();
    expect(within(list).getByText("Set by your organisation's policy")).toBeTruthy();
    expect(within(list).queryByRole('button')).toBeNull();
    expect(screen.getByRole('radio', { name: /Every site/ })).toHaveProperty('disabled', true);
  });
});

describe('Language section', () => {
  it('switches the interface language at once and stores it', async () => {
    const { elsewhere } = await renderOptions('language');
    fireEvent.click(screen.getByRole('radio', { name: 'Deutsch' }));
    await screen.findByRole('heading', { name: 'Sprache & Darstellung', level: 2 });
    expect(screen.getByRole('link', { name: 'Eigene Prinzipien' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('de');
    expect(await elsewhere.items.uiLanguage.get()).toBe('de');
    fireEvent.click(screen.getByRole('radio', { name: /Wie der Browser/ }));
    await screen.findByRole('heading', { name: 'Language & look', level: 2 });
  });

  it('stores the analysis language', async () => {
    const { elsewhere } = await renderOptions('language');
    fireEvent.click(screen.getByRole('radio', { name: 'German' }));
    await eventuallyStored(
      () => elsewhere.items.analysisLanguage.get(),
      (v) => expect(v).toBe('de'),
    );
  });
});

describe('Privacy & data section', () => {
  const stats = { 'trust-your-team': { shown: 5, inserted: 2, copied: 1, dismissed: 1 } };

  it('shows the local statistics and clears them', async () => {
    const { elsewhere } = await renderOptions('privacy', { local: { stats } });
    const table = screen.getByRole('table');
    const row = within(table).getByRole('row', { name: /Back your team|trust/i });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['5', '2', '1', '1']);
    fireEvent.click(screen.getByRole('button', { name: 'Clear statistics' }));
    await eventuallyStored(
      () => elsewhere.items.stats.get(),
      (v) => expect(v).toEqual({}),
    );
    await screen.findByText('Nothing counted yet.');
  });

  it('follows statistics and dismissals counted elsewhere', async () => {
    const { elsewhere } = await renderOptions('privacy');
    await screen.findByText('Nothing counted yet.');
    await elsewhere.recordStat('trust-your-team', 'shown');
    await elsewhere.dismiss('f00d', 'trust-your-team');
    const table = await screen.findByRole('table', { name: 'Local statistics' });
    await vi.waitFor(() =>
      expect(
        within(table)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ).toEqual(['1', '0', '0', '1']),
    );
    await screen.findByText('Dismissed suggestions remembered: 1');
  });

  it('lists packs that were set aside, deletes them, and follows a deletion made elsewhere', async () => {
    const { elsewhere } = await renderOptions('privacy', {
      local: { userPacks: [{ id: 'broken' }] },
    });
    await screen.findByRole('heading', { name: 'Set-aside packs' });
    expect(screen.getByText(/stored packs were damaged and set aside/)).toBeTruthy();
    await elsewhere.packs.clearQuarantine();
    await vi.waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'Set-aside packs' })).toBeNull(),
    );
    cleanup();
    const { elsewhere: other } = await renderOptions('privacy', {
      local: { userPacks: [{ id: 'broken' }] },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Delete them' }));
    await eventuallyStored(
      () => other.packs.quarantined(),
      (v) => expect(v).toEqual([]),
    );
    await vi.waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'Set-aside packs' })).toBeNull(),
    );
  });

  it('resets preferences after confirmation, keeping packs unless asked', async () => {
    const userPacks = [ownPack([principle('mine')]), pack('team', '1.0.0', [principle('t-one')])];
    const { elsewhere } = await renderOptions('privacy', {
      sync: { sensitivity: 0.9, uiLanguage: 'en' },
      local: { userPacks },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    await eventuallyStored(
      () => elsewhere.items.sensitivity.get(),
      (v) => expect(v).toBe(0.5),
    );
    expect((await elsewhere.packs.load()).packs).toHaveLength(2);
    fireEvent.click(await screen.findByRole('button', { name: 'Reset to defaults…' }));
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Also delete my principles and imported packs' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    await eventuallyStored(
      () => elsewhere.packs.load(),
      ({ packs }) => expect(packs).toEqual([]),
    );
  });

  it('exports all settings as JSON', async () => {
    let exported: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation(
      (blob) => ((exported = blob as Blob), 'blob:x'),
    );
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await renderOptions('privacy', { sync: { sensitivity: 0.7 } });
    fireEvent.click(screen.getByRole('button', { name: 'Export all settings' }));
    await vi.waitFor(() => expect(exported).toBeDefined());
    const json = JSON.parse(await exported!.text());
    expect(json).toMatchObject({
      format: 'maxim-settings',
      settings: { sensitivity: 0.7 },
      packs: [],
    });
  });
});

describe('the page', () => {
  it('shows notices of repaired settings at the top', async () => {
    await renderOptions('principles', { sync: { sensitivity: 'very', sitesOn: ['ok.test', 42] } });
    const banner = screen
      .getByText('Maxim repaired some of your stored settings:')
      .closest('.mx-notice')!;
    expect(banner.textContent).toContain(
      noticeText({ key: 'sensitivity', problem: 'reset-to-default' }),
    );
    expect(banner.textContent).toContain(
      noticeText({ key: 'sitesOn', problem: 'invalid-entries-dropped' }),
    );
  });

  it('follows the hash to every section', async () => {
    await renderOptions('principles');
    for (const [hash, heading] of [
      ['packs', 'Packs'],
      ['sites', 'Sites'],
      ['privacy', 'Privacy & data'],
      ['my-principles', 'My principles'],
    ]) {
      location.hash = `#${hash}`;
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await screen.findByRole('heading', { name: heading, level: 2 });
      expect(screen.getByRole('link', { name: heading }).getAttribute('aria-current')).toBe('page');
    }
  });
});
