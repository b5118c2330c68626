/** The options page of the built extension in Firefox: it renders, and a change is saved and kept. */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { DELAY_DRAFT, DELAY_PRINCIPLE } from './support/editors';
import { useFirefox } from './support/harness';
import { eventually } from './support/scenarios';

const session = useFirefox();

/** Opens the options page on a section and waits until its data is shown. */
async function openOptions(section: string): Promise<Page> {
  const page = await session.openExtensionPage(`src/options/index.html#${section}`);
  await page.waitForSelector(`#${section}-title`);
  return page;
}

const switchOf = (id: string) => `[data-principle="${id}"] [role="switch"]`;

describe('options page in Firefox', () => {
  it('renders every section', async () => {
    const page = await openOptions('principles');
    for (const section of [
      'try',
      'my-principles',
      'packs',
      'sites',
      'language',
      'privacy',
      'principles',
    ]) {
      await page.click(`a[href="#${section}"]`);
      await page.waitForSelector(`#${section}-title`);
    }
    expect(await page.$$eval('[data-principle]', (rows) => rows.length)).toBeGreaterThan(8);
    await page.close();
  });

  it('saves a change and still has it after the page is opened again', async () => {
    const page = await openOptions('principles');
    await page.click(switchOf('trust-your-team'));
    expect(
      await eventually(
        async () =>
          (await page.$eval(switchOf('trust-your-team'), (el) =>
            el.getAttribute('aria-checked'),
          )) === 'false',
      ),
    ).toBe(true);
    await page.click('a[href="#language"]');
    await page.waitForSelector('#language-title');
    await page.click('input[name="ui-language"][value="de"]');
    expect(
      await eventually(
        async () =>
          (await page.$eval('#language-title', (el) => el.textContent)) === 'Sprache & Darstellung',
      ),
    ).toBe(true);
    await page.close();

    const again = await openOptions('principles');
    expect(
      await eventually(
        async () =>
          (await again.$eval(switchOf('trust-your-team'), (el) =>
            el.getAttribute('aria-checked'),
          )) === 'false',
      ),
    ).toBe(true);
    expect(await again.$eval('#principles-title', (el) => el.textContent)).toBe('Prinzipien');
    await again.close();
  });

  it('opens on Try your text, which shows what fits a draft; the marks are a switch that saves', async () => {
    const page = await session.openExtensionPage('src/options/index.html');
    await page.waitForSelector('#try-title');
    await page.type('#try-all-text', DELAY_DRAFT);
    await page.waitForSelector(
      `[data-testid="try-all-result"] [data-principle="${DELAY_PRINCIPLE}"] mark`,
    );
    await page.click('a[href="#language"]');
    await page.waitForSelector('#language-title');
    const marks = '.mx-toggle:last-child [role="switch"]';
    expect(await page.$eval(marks, (el) => el.getAttribute('aria-checked'))).toBe('true');
    await page.click(marks);
    expect(
      await eventually(
        async () => (await page.$eval(marks, (el) => el.getAttribute('aria-checked'))) === 'false',
      ),
    ).toBe(true);
    await page.click(marks);
    expect(
      await eventually(
        async () => (await page.$eval(marks, (el) => el.getAttribute('aria-checked'))) === 'true',
      ),
    ).toBe(true);
    await page.close();
  });

  it('made no network request and logged no page error', () => {
    // No page of this suite opens the demo server: every request must stay inside the extension.
    expect(
      session.requests.seen.filter((r) => !/^(moz-extension|data|blob|about):/.test(r.url)),
    ).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
