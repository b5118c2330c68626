/**
 * Screenshots of the open card in three editors, light and dark, for people to look at
 * (.screenshots/card-<editor>-<theme>.png, not committed). The test checks only that the card
 * is inside the window.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DELAY_DRAFT, DELAY_PRINCIPLE, fieldCall, type PageEval } from './support/editors';
import { DEMO_HOSTS, useChromium } from './support/harness';
import { MaximUi } from './support/maxim-ui';
import { eventually } from './support/scenarios';

const OUT = resolve(import.meta.dirname, '../../.screenshots');
const EDITORS = [
  { name: 'textarea', field: 'message', draft: `Hi Anna,\n${DELAY_DRAFT}` },
  { name: 'ckeditor5', field: undefined, draft: `Hi Anna,\n${DELAY_DRAFT}` },
  { name: 'tinymce', field: undefined, draft: `Hi Anna,\n${DELAY_DRAFT}` },
  {
    name: 'textarea',
    field: 'message',
    label: 'textarea-de',
    draft:
      'Hallo Frau Berger,\nleider verzögert sich Ihre Lieferung um zwei Wochen, weil unser Lieferant Probleme hat. Das geht auf uns, und ich melde mich morgen mit dem neuen Plan.',
  },
  {
    name: 'textarea',
    field: 'message',
    label: 'textarea-done',
    draft:
      "Hi Tom,\nwe missed the date we promised, and that's on us. The new plan: your order leaves with the next shipment. We will get back to you asap.",
  },
];

beforeAll(() => {
  mkdirSync(OUT, { recursive: true });
});

describe.each(['light', 'dark'] as const)('the card in %s mode', (theme) => {
  const session = useChromium({ colorScheme: theme });

  it.each(EDITORS)('in $name $label', async ({ name, field, draft, label }) => {
    // The German draft is shown with German interface strings too.
    await session.worker.evaluate(
      async (lang) => {
        const sync = (
          globalThis as unknown as {
            chrome: { storage: { sync: { set(v: object): Promise<void> } } };
          }
        ).chrome.storage.sync;
        await sync.set({ uiLanguage: lang });
      },
      label === 'textarea-de' ? 'de' : 'en',
    );
    const page = await session.context.newPage();
    await page.goto(session.server.url(DEMO_HOSTS.crm, `/fixtures/${name}.html`));
    const evaluate: PageEval = (fn, arg) =>
      page.evaluate(fn as (a: unknown) => unknown, arg as unknown);
    await fieldCall(evaluate, field, 'setText', '');
    await fieldCall(evaluate, field, 'focus');
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.keyboard.type(draft);
    const ui = await MaximUi.on(page);
    expect(await eventually(async () => (await ui.badgeCount()) !== null)).toBe(true);
    await ui.click((await ui.badge())!);
    expect(
      await eventually(async () => (await ui.cardPrinciples()).includes(DELAY_PRINCIPLE), 80),
    ).toBe(true);
    // The rep has started on the first field of the phrasing.
    await page.keyboard.press('Tab');
    await page.keyboard.type('Friday');
    await page.waitForTimeout(300);
    const card = (await ui.card())!;
    const { x, y } = await ui.centre(card);
    expect(x > 0 && x < 1280 && y > 0 && y < 1000).toBe(true);
    await page.screenshot({ path: resolve(OUT, `card-${label ?? name}-${theme}.png`) });
    await ui.detach();
    await page.close();
  });
});
