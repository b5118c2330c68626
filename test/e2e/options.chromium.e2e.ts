/**
 * The options page of the built extension in Chromium: a change there reaches the inline
 * suggestions on an open page without a reload, a malformed pack changes nothing, and every
 * section is reachable and operable by keyboard alone.
 */
import { describe, expect, it } from 'vitest';
import { OptionsPage, cardPrinciples, demoWithDraft } from './options.page';
import { DELAY_DRAFT, DELAY_PRINCIPLE } from './support/editors';
import { useChromium } from './support/harness';
import { eventually } from './support/scenarios';

const session = useChromium();
const errors: string[] = [];

describe('options page in Chromium', () => {
  it('turning a principle off changes the suggestions on an open page without a reload', async () => {
    const { page: demo, ui } = await demoWithDraft(session, DELAY_DRAFT);
    expect(await eventually(async () => (await cardPrinciples(ui)).includes(DELAY_PRINCIPLE))).toBe(
      true,
    );

    const options = await OptionsPage.open(session, 'principles');
    await options.principleSwitch(DELAY_PRINCIPLE).click();
    await expect
      .poll(() => options.principleSwitch(DELAY_PRINCIPLE).getAttribute('aria-checked'))
      .toBe('false');
    expect((await options.storage('sync')).disabledPrinciples).toEqual([DELAY_PRINCIPLE]);

    await demo.bringToFront();
    await demo.click('#notes');
    expect(
      await eventually(async () => !(await cardPrinciples(ui)).includes(DELAY_PRINCIPLE)),
    ).toBe(true);

    // And back on: it comes back, still without a reload.
    await options.page.bringToFront();
    await options.principleSwitch(DELAY_PRINCIPLE).click();
    await expect
      .poll(() => options.principleSwitch(DELAY_PRINCIPLE).getAttribute('aria-checked'))
      .toBe('true');
    await demo.bringToFront();
    await demo.click('#notes');
    expect(await eventually(async () => (await cardPrinciples(ui)).includes(DELAY_PRINCIPLE))).toBe(
      true,
    );
    errors.push(...options.errors);
    await ui.detach();
    await demo.close();
    await options.page.close();
  });

  it('a malformed pack shows every problem and leaves everything as it was', async () => {
    const options = await OptionsPage.open(session, 'packs');
    const before = { sync: await options.storage('sync'), local: await options.storage('local') };
    const broken = JSON.stringify({
      schemaVersion: 1,
      id: 'Bad Pack',
      name: 'x',
      version: 'one',
      principles: [],
    });
    await options.page.setInputFiles('#pack-file', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(broken),
    });
    const alert = options.page.locator('.import-errors');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('“broken.json” cannot be imported');
    expect(text).toContain('Nothing was changed');
    for (const path of ['$.id', '$.version', '$.principles']) expect(text).toContain(path);
    expect({ sync: await options.storage('sync'), local: await options.storage('local') }).toEqual(
      before,
    );
    expect(await options.page.locator('[data-pack]').count()).toBe(1);
    errors.push(...options.errors);
    await options.page.close();
  });

  it('every section is reachable and operable by keyboard alone', async () => {
    const options = await OptionsPage.open(session, 'principles');
    await options.store('sync', { sitesOff: ['blocked.example.test'] });
    const { page } = options;
    const section = async (id: string) => {
      // Back to the navigation the way a keyboard user goes: Shift+Tab.
      await options.tabTo(`a[href="#${id}"]`, undefined, { backwards: true, limit: 200 });
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await options.focused()).id).toBe(`${id}-title`);
    };

    await section('principles');
    await options.tabTo('[data-principle] [role="switch"]');
    const switched = await page.evaluate(() =>
      document.activeElement?.closest('[data-principle]')?.getAttribute('data-principle'),
    );
    await page.keyboard.press('Space');
    await expect
      .poll(async () => (await options.storage('sync')).disabledPrinciples)
      .toEqual([switched]);

    await section('my-principles');
    await options.tabTo('button', 'New principle');
    await page.keyboard.press('Enter');
    // The simple form first, then the full editor behind Advanced.
    await options.tabTo('#s-title');
    await options.tabTo('button', 'Advanced: patterns, exclusion words, examples…');
    await page.keyboard.press('Enter');
    await options.tabTo('#f-text_en_title');
    await page.keyboard.type('Keyboard only principle');
    await expect.poll(() => page.inputValue('#f-id')).toBe('keyboard-only-principle');

    await section('packs');
    await options.tabTo('#pack-file');
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Space');
    expect((await chooser).isMultiple()).toBe(false);

    await section('sites');
    await options.tabTo('[aria-label="Remove: blocked.example.test"]');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await options.storage('sync')).sitesOff).toEqual([]);

    await section('language');
    await options.tabTo('input[name="ui-language"]');
    await page.keyboard.press('ArrowRight'); // auto -> English
    await page.keyboard.press('ArrowRight'); // English -> Deutsch
    await expect.poll(async () => (await options.storage('sync')).uiLanguage).toBe('de');
    await expect
      .poll(() => page.locator('#language-title').textContent())
      .toBe('Sprache & Darstellung');
    await page.keyboard.press('ArrowRight'); // Deutsch -> auto (wraps)
    await expect.poll(() => page.locator('#language-title').textContent()).toBe('Language & look');

    await section('privacy');
    await options.tabTo('button', 'Reset to defaults…');
    await page.keyboard.press('Enter');
    await options.tabTo('button', 'Reset');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await options.storage('sync')).disabledPrinciples).toEqual([]);
    errors.push(...options.errors);
    await page.close();
  });

  it('made no network request and logged no error', () => {
    expect(session.requests.offMachine(session.server.port)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    expect(errors).toEqual([]);
  });
});
