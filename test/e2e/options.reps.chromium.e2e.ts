/**
 * The options page as a rep meets it, in Chromium with the built extension: Try your text first,
 * a principle written in the simple form that then comes up on a page, settings export and import
 * (a bad file changes nothing), the switches, a site's problem at its field, a dismissal made in
 * the card listed with its site and forgotten, and the week's counts in the insights chart.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsPage, cardPrinciples, demoWithDraft } from './options.page';
import { DELAY_DRAFT, DELAY_PRINCIPLE } from './support/editors';
import { DEMO_HOSTS, useChromium } from './support/harness';
import { eventually } from './support/scenarios';

const session = useChromium();
const errors: string[] = [];
const opened: Page[] = [];

/** The CRM demo page with a draft typed in; closed after the test. */
async function draftOnDemo(text: string) {
  const demo = await demoWithDraft(session, text);
  opened.push(demo.page);
  return demo;
}

async function open(section: Parameters<typeof OptionsPage.open>[1]): Promise<OptionsPage> {
  const options = await OptionsPage.open(session, section);
  opened.push(options.page);
  return options;
}

afterEach(async () => {
  for (const page of opened.splice(0)) {
    if (page.url().startsWith('chrome-extension:')) errors.push(...session.errorsOn(page));
    await page.close();
  }
});

describe('the options page for reps, in Chromium', () => {
  it('opens on Try your text, which shows what the card would bring up and why', async () => {
    const page = await session.context.newPage();
    opened.push(page);
    await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
    await page.locator('#try-title').waitFor();
    expect(await page.locator('.nav__link').first().textContent()).toBe('Try your text');
    await page.fill('#try-all-text', DELAY_DRAFT);
    const item = page.locator(
      `[data-testid="try-all-result"] [data-principle="${DELAY_PRINCIPLE}"]`,
    );
    await item.waitFor();
    expect(await item.locator('mark').count()).toBeGreaterThan(0);
    expect((await item.locator('.try__summary-line').textContent())?.length).toBeGreaterThan(10);
    expect(await page.locator('.try__summary').textContent()).toMatch(/text in English/);
  });

  it('a principle written in the simple form comes up on a page', async () => {
    const options = await open('my-principles');
    const { page } = options;
    await page.getByRole('button', { name: 'New principle' }).click();
    await page.locator('#s-title').waitFor();
    expect(await page.locator('.field-errors').count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toMatch(/problem/i);
    await page.getByRole('button', { name: 'Save principle' }).click();
    expect(await page.locator('.simple .field-errors').count()).toBe(4);
    await page.fill('#s-title', 'Offer a call back');
    await page.fill('#s-summary', 'When a question needs more than an email, offer to call.');
    await page.fill('#s-phrasing', 'Shall I call you tomorrow morning to go through it?');
    await page.fill('#s-words-en', 'call back, callback');
    await page.getByRole('button', { name: 'Save principle' }).click();
    await page.getByRole('button', { name: 'Edit: Offer a call back' }).waitFor();
    const [own] = (
      (await options.storage('local')).userPacks as { principles: { id: string }[] }[]
    ).map((p) => p.principles);
    expect(own?.map((p) => p.id)).toEqual(['offer-a-call-back']);

    const { ui } = await draftOnDemo('Could you call back tomorrow about the invoice?');
    expect(
      await eventually(async () => (await cardPrinciples(ui)).includes('offer-a-call-back')),
    ).toBe(true);
    await ui.detach();
    await options.store('local', { userPacks: [] });
  });

  it('imports an exported settings file back, and a malformed one changes nothing', async () => {
    const options = await open('privacy');
    const { page } = options;
    await options.store('sync', { sensitivity: 0.7, favourites: ['trust-your-team'] });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export all settings' }).click();
    const exported = await readFile((await (await download).path())!, 'utf8');

    await options.store('sync', { sensitivity: 0.2, favourites: [], theme: 'dark' });
    await page.setInputFiles('#settings-file', {
      name: 'maxim-settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    const preview = page.getByRole('region', { name: /Importing “maxim-settings.json”/ });
    await preview.waitFor();
    expect(await preview.textContent()).toMatch(/Settings \(3\): Sensitivity, Favourites, Theme/);
    expect((await options.storage('sync')).sensitivity).toBe(0.2);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(async () => (await options.storage('sync')).sensitivity).toBe(0.7);
    // Restored: the page exports exactly the file it exported before the changes.
    const again = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export all settings' }).click();
    expect(await readFile((await (await again).path())!, 'utf8')).toBe(exported);
    await page.getByRole('button', { name: 'Undo import' }).waitFor();

    const untouched = {
      sync: await options.storage('sync'),
      local: await options.storage('local'),
    };
    await page.setInputFiles('#settings-file', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported.replace('"sensitivity": 0.7', '"sensitivity": "high"')),
    });
    const alert = page.locator('.settings-import .import-errors');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /“broken.json” cannot be imported \(1 problems\)\. Nothing was changed\..*\$\.settings\.sensitivity/,
    );
    expect({ sync: await options.storage('sync'), local: await options.storage('local') }).toEqual(
      untouched,
    );
    await options.store('sync', { sensitivity: 0.5, favourites: [] });
  });

  it('theme and marks are switches; a wrong site is named at its field; empty lists say so', async () => {
    const options = await open('language');
    const { page } = options;
    const marks = page.getByRole('switch', { name: /Underline the words/ });
    expect(await marks.getAttribute('aria-checked')).toBe('true');
    await marks.click();
    await expect.poll(async () => (await options.storage('sync')).showHighlights).toBe(false);
    await page.getByRole('switch', { name: /Follow the system/ }).click();
    await expect.poll(async () => (await options.storage('sync')).theme).toBe('light');
    await page.getByRole('switch', { name: 'Dark theme' }).click();
    await expect.poll(async () => (await options.storage('sync')).theme).toBe('dark');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark');
    await options.store('sync', { showHighlights: true, theme: 'system' });

    await options.show('sites');
    expect(await page.locator('#section-sites').textContent()).toContain('No site turned off');
    await page.fill('#add-site', 'not a site!');
    await page.getByRole('button', { name: 'Turn on' }).click();
    const error = page.locator('#add-site-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('“not a site!” is not a site address.');
    expect(await page.getAttribute('#add-site', 'aria-describedby')).toBe('add-site-error');
  });

  it('a dismissal made in the card is listed with its site, counted this week, and forgotten', async () => {
    const first = await draftOnDemo(DELAY_DRAFT);
    expect(
      await eventually(async () => (await cardPrinciples(first.ui)).includes(DELAY_PRINCIPLE)),
    ).toBe(true);
    await first.ui.click((await first.ui.action(DELAY_PRINCIPLE, 'dismiss'))!);
    expect(
      await eventually(async () => !(await first.ui.cardPrinciples()).includes(DELAY_PRINCIPLE)),
    ).toBe(true);
    await first.ui.detach();

    const options = await open('privacy');
    const { page } = options;
    const item = page.locator('.dismissal').first();
    await item.waitFor();
    expect(await item.textContent()).toMatch(new RegExp(`dismissed .* on ${DEMO_HOSTS.crm}`));
    const now = page.locator('.insights__now');
    await now.waitFor();
    expect(await now.textContent()).toMatch(/^This week: [1-9]\d* came up, 0 used, 1 dismissed\.$/);
    expect(await page.locator('.chart__week').count()).toBe(12);
    expect(
      await page
        .locator('.chart__week')
        .last()
        .locator('.chart__bar--dismissed')
        .getAttribute('data-value'),
    ).toBe('1');

    await item.getByRole('button', { name: /^Forget: / }).click();
    await expect.poll(async () => (await options.storage('local')).dismissals).toEqual([]);
    await page.getByText('You have not dismissed anything.').waitFor();

    // Forgotten: it comes up on that text again.
    const again = await draftOnDemo(DELAY_DRAFT);
    expect(
      await eventually(async () => (await cardPrinciples(again.ui)).includes(DELAY_PRINCIPLE)),
    ).toBe(true);
    await again.ui.detach();
  });

  it('made no network request and logged no error', () => {
    expect(session.requests.offMachine(session.server.port)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    expect(errors).toEqual([]);
  });
});
