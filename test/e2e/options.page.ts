/**
 * Page object of the options page in Chromium (playwright-core), shared by the options and
 * managed-policy suites: open a section, read and write extension storage, run axe-core.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_HOSTS, type ChromiumSession } from './support/harness';
import { MaximUi } from './support/maxim-ui';
import { eventually } from './support/scenarios';

/** The sections of the options page, as their URL hashes. */
export const OPTION_SECTIONS = [
  'try',
  'principles',
  'my-principles',
  'packs',
  'sites',
  'language',
  'privacy',
] as const;
export type OptionSection = (typeof OPTION_SECTIONS)[number];

const AXE_SOURCE = readFileSync(
  resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'),
  'utf8',
);

/** One axe-core violation, reduced to what a failure message needs. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** The options page in one tab. */
export class OptionsPage {
  private constructor(
    readonly page: Page,
    /** The page's uncaught errors and console errors. */
    readonly errors: string[],
  ) {}

  /** Opens the options page on a section and waits until its data is shown. */
  static async open(
    session: ChromiumSession,
    section: OptionSection = 'principles',
  ): Promise<OptionsPage> {
    const page = await session.context.newPage();
    const options = new OptionsPage(page, session.errorsOn(page));
    await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html#${section}`);
    await page.locator(`#${section}-title`).waitFor();
    return options;
  }

  /** Shows another section through the URL hash, as a link would. */
  async show(section: OptionSection): Promise<void> {
    await this.page.evaluate((hash) => (location.hash = hash), `#${section}`);
    await this.page.locator(`#${section}-title`).waitFor();
  }

  /** The switch of a principle in the Principles section. */
  principleSwitch(id: string) {
    return this.page.locator(`[data-principle="${id}"] [role="switch"]`).first();
  }

  /** The row of a principle in the Principles section. */
  principleRow(id: string) {
    return this.page.locator(`[data-principle="${id}"]`);
  }

  /** Everything in one storage area of the extension. */
  storage(area: 'sync' | 'local' | 'managed'): Promise<Record<string, unknown>> {
    return this.page.evaluate(
      (name) =>
        (
          globalThis as unknown as {
            chrome: { storage: Record<string, { get(k: null): Promise<Record<string, unknown>> }> };
          }
        ).chrome.storage[name]!.get(null),
      area,
    );
  }

  /** Writes to a storage area, as another part of Maxim would. */
  async store(area: 'sync' | 'local', values: Record<string, unknown>): Promise<void> {
    await this.page.evaluate(
      ([name, items]) =>
        (
          globalThis as unknown as {
            chrome: { storage: Record<string, { set(i: unknown): Promise<void> }> };
          }
        ).chrome.storage[name as string]!.set(items),
      [area, values] as const,
    );
  }

  /** Runs axe-core on the page (WCAG 2.x A and AA rules and best practices) and returns the violations. */
  async axe(): Promise<AxeViolation[]> {
    // Evaluated through the DevTools protocol, which the page's CSP (script-src 'self') does not block.
    await this.page.evaluate(AXE_SOURCE);
    return this.page.evaluate(async () => {
      const axe = (
        globalThis as unknown as {
          axe: {
            run(
              ctx: Document,
              opts: object,
            ): Promise<{
              violations: {
                id: string;
                impact: string | null;
                help: string;
                nodes: { target: string[] }[];
              }[];
            }>;
          };
        }
      ).axe;
      const { violations } = await axe.run(document, { resultTypes: ['violations'] });
      return violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
    });
  }

  /**
   * Presses Tab (Shift+Tab with `backwards`) until the focused element matches a selector (and has
   * a text), or throws after `limit` presses.
   */
  async tabTo(
    selector: string,
    text?: string,
    { backwards = false, limit = 60 } = {},
  ): Promise<void> {
    for (let i = 0; i < limit; i++) {
      await this.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
      const reached = await this.page.evaluate(
        ([sel, want]) => {
          const el = document.activeElement;
          return !!el?.matches(sel as string) && (want === null || el.textContent?.trim() === want);
        },
        [selector, text ?? null] as const,
      );
      if (reached) return;
    }
    throw new Error(
      `Tab never reached ${selector}${text ? ` "${text}"` : ''}; focus is on ${JSON.stringify(await this.focused())}`,
    );
  }

  /** The id, role and text of the focused element, for assertions and failure messages. */
  focused(): Promise<{ id: string; role: string | null; text: string; tag: string }> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return {
        id: el?.id ?? '',
        role: el?.getAttribute('role') ?? null,
        text: el?.textContent?.trim() ?? '',
        tag: el?.localName ?? '',
      };
    });
  }
}

/** The CRM demo page with a draft typed into its notes field, and Maxim's UI driver. */
export async function demoWithDraft(
  session: ChromiumSession,
  text: string,
): Promise<{ page: Page; ui: MaximUi }> {
  const page = await session.context.newPage();
  await page.goto(session.server.url(DEMO_HOSTS.crm, '/demo/crm.html'));
  await page.click('#notes');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
  return { page, ui: await MaximUi.on(page) };
}

/** The principles the card lists for the focused field (opens the card by its badge if it is not open). */
export async function cardPrinciples(ui: MaximUi): Promise<string[]> {
  if (!(await ui.card())) {
    const badge = await ui.badge();
    if (!badge) return [];
    await ui.click(badge);
    await eventually(async () => (await ui.card()) !== null);
  }
  return ui.cardPrinciples();
}
