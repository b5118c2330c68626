/**
 * The welcome page in Firefox ESR: installing the add-on opens it once, and it renders with the
 * shortcut Firefox reports and the try-it field.
 */
import { describe, expect, it } from 'vitest';
import { WELCOME_PAGE } from '../../src/background/files';
import { useFirefox } from './support/harness';
import { eventually } from './support/scenarios';

const session = useFirefox({ keepWelcome: true });

describe('the welcome page in Firefox', () => {
  it('opens once on install and renders', async () => {
    const page = session.welcome!;
    const url = session.extensionUrl(WELCOME_PAGE);
    expect(await page.evaluate(() => location.href)).toBe(url);
    const rendered = await eventually(async () =>
      page.evaluate(() => document.querySelector('.welcome__keys kbd') !== null),
    );
    expect(rendered).toBe(true);
    const text = await page.evaluate(() => document.querySelector('main')?.innerText ?? '');
    expect(text).toContain('Welcome to Maxim');
    expect(text).toContain('Try it');
    const keys = await page.evaluate(() =>
      [...document.querySelectorAll('.welcome__keys kbd')].map((k) => k.textContent).join('+'),
    );
    expect(keys).toBe('Alt+Shift+M');
    expect(await page.evaluate(() => document.querySelector('#try-it') !== null)).toBe(true);

    await new Promise((resolve) => setTimeout(resolve, 1000));
    let opened = 0;
    for (const tab of await session.browser.pages()) {
      const href = await tab.evaluate(() => location.href).catch(() => tab.url());
      if (href === url) opened += 1;
    }
    expect(opened).toBe(1);
  });

  it('logged no page error', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
