/**
 * Page objects for Maxim's popup and options page. They drive a page through its DOM and the
 * keyboard only, with a small driver interface that playwright-core and puppeteer-core pages
 * both satisfy, so the Chromium and Firefox suites share them.
 */
import { eventually } from './scenarios';

/** What the page objects need from a browser page. */
export interface PageDriver {
  click(selector: string): Promise<void>;
  evaluate(fn: (arg: string) => unknown, arg: string): Promise<unknown>;
  keyboard: { press(key: string): Promise<void>; type(text: string): Promise<void> };
}

/** A CSS selector for the row of a principle. */
const row = (id: string) => `.row[data-id="${id}"]`;

async function text(page: PageDriver, selector: string): Promise<string> {
  return String(
    await page.evaluate((sel) => document.querySelector(sel)?.textContent ?? '', selector),
  );
}

async function attribute(page: PageDriver, selector: string, name: string): Promise<string | null> {
  const value = await page.evaluate(
    (arg) => {
      const [sel, attr] = JSON.parse(arg) as [string, string];
      return document.querySelector(sel)?.getAttribute(attr) ?? null;
    },
    JSON.stringify([selector, name]),
  );
  return value === null ? null : String(value);
}

/** The popup (opened as a tab at src/popup/index.html, or the real action popup). */
export class PopupPage {
  static readonly path = 'src/popup/index.html';

  constructor(readonly page: PageDriver) {}

  /** Waits until the principles are listed. */
  async ready(): Promise<void> {
    const listed = await eventually(async () => (await this.listedIds()).length > 0);
    if (!listed) throw new Error('the popup listed no principles');
  }

  /** The ids of the listed principles, in order. */
  async listedIds(): Promise<string[]> {
    const ids = await this.page.evaluate(
      () =>
        JSON.stringify(
          [...document.querySelectorAll<HTMLElement>('.row')].map((el) => el.dataset.id),
        ),
      '',
    );
    return JSON.parse(String(ids)) as string[];
  }

  /** The heading and ids of the "In your draft" group, or null when the popup shows none. */
  async draftGroup(): Promise<{ heading: string; ids: string[] } | null> {
    const group = await this.page.evaluate(() => {
      const heading = document.querySelector('#list-draft');
      if (!heading) return 'null';
      const ids = [...document.querySelectorAll<HTMLElement>('.list--draft .row')].map(
        (el) => el.dataset.id,
      );
      return JSON.stringify({ heading: heading.textContent, ids });
    }, '');
    return JSON.parse(String(group)) as { heading: string; ids: string[] } | null;
  }

  /** Types a query into the search field (Esc first empties it). */
  async search(query: string): Promise<void> {
    await this.page.evaluate(
      () => (document.querySelector('input[type=search]') as HTMLInputElement).focus(),
      '',
    );
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.type(query);
  }

  async searchValue(): Promise<string> {
    return String(
      await this.page.evaluate(
        () => (document.querySelector('input[type=search]') as HTMLInputElement).value,
        '',
      ),
    );
  }

  /** Clicks a principle's title to open or close it. */
  async toggle(id: string): Promise<void> {
    await this.page.click(`${row(id)} .row__main`);
  }

  async isExpanded(id: string): Promise<boolean> {
    return (await attribute(this.page, `${row(id)} .row__main`, 'aria-expanded')) === 'true';
  }

  /** Clicks the Copy button of the n-th phrasing (from 1) of an open principle. */
  async copyPhrasing(id: string, n: number): Promise<void> {
    await this.page.click(`${row(id)} .row__phrasing:nth-child(${n}) .mx-copy`);
  }

  async copyButtonText(id: string, n: number): Promise<string> {
    return text(this.page, `${row(id)} .row__phrasing:nth-child(${n}) .mx-copy`);
  }

  async phrasing(id: string, n: number): Promise<string> {
    return text(this.page, `${row(id)} .row__phrasing:nth-child(${n}) .row__phrase`);
  }

  async toggleFavourite(id: string): Promise<void> {
    await this.page.click(`${row(id)} .row__star`);
  }

  async isFavourite(id: string): Promise<boolean> {
    return (await attribute(this.page, `${row(id)} .row__star`, 'aria-pressed')) === 'true';
  }

  /** Presses a filter chip by its visible name. */
  async filter(name: string): Promise<void> {
    const index = await this.page.evaluate(
      (label) =>
        [...document.querySelectorAll('.mx-chip')].findIndex((chip) =>
          chip.textContent?.trim().startsWith(label),
        ),
      name,
    );
    if (index === -1) throw new Error(`no filter chip "${name}"`);
    await this.page.click(`.mx-chip:nth-child(${Number(index) + 1})`);
  }

  /** The site card's text (state and reason). */
  async siteText(): Promise<string> {
    return text(this.page, '.site');
  }

  /** The site switch's state, or null when the page has none (a browser page). */
  async siteSwitch(): Promise<boolean | null> {
    const checked = await attribute(this.page, '.site [role=switch]', 'aria-checked');
    return checked === null ? null : checked === 'true';
  }

  async clickSiteSwitch(): Promise<void> {
    await this.page.click('.site [role=switch]');
  }

  /** A short description of the focused element: tag, role, name and the principle row it is in. */
  async focused(): Promise<string> {
    return String(
      await this.page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return 'body';
        const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
        const rowId = el.closest<HTMLElement>('.row')?.dataset.id;
        return [el.localName, el.getAttribute('role') ?? '', name, rowId ? `row:${rowId}` : '']
          .filter(Boolean)
          .join('|');
      }, ''),
    );
  }
}

/** The options page (src/options/index.html). */
export class OptionsPage {
  static readonly path = 'src/options/index.html';

  constructor(readonly page: PageDriver) {}

  /** Waits until the page has rendered its heading. */
  async ready(): Promise<void> {
    const shown = await eventually(async () => (await this.title()) !== '');
    if (!shown) throw new Error('the options page did not render');
  }

  async title(): Promise<string> {
    return text(this.page, 'h1');
  }
}
