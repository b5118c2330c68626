/**
 * A reply in a Gmail-like compose field (test/fixtures/gmail-reply.html): the rep writes above the
 * signature and the quoted thread. Maxim reads only the rep's words for its suggestions, ignores
 * the signature's marketing banner, and brings up what the quoted customer message calls for
 * under its own heading, with the built extension in real Chromium.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_PRINCIPLES, fixtureErrors, type PageEval } from './support/editors';
import { DEMO_HOSTS, useChromium } from './support/harness';
import { MaximUi } from './support/maxim-ui';
import { eventually } from './support/scenarios';

const session = useChromium();

const REPLY =
  'Hi Tom, I have read your message and asked our payroll team to check the run. I will call you at 3 pm.';

/** Ids of the principles listed in one group of the card (`own` or `reply`). */
async function groupPrinciples(ui: MaximUi, group: 'own' | 'reply'): Promise<string[]> {
  const [section] = await ui.query((el) => el.attributes['data-group'] === group);
  if (!section) return [];
  const ids: string[] = [];
  const walk = (node: { attributes?: string[]; children?: unknown[] }) => {
    const attributes = node.attributes ?? [];
    const at = attributes.indexOf('data-principle-id');
    if (at !== -1) ids.push(attributes[at + 1] as string);
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
  };
  walk(section.node as never);
  return ids;
}

describe('a reply with a quoted thread and a signature', () => {
  it('suggests nothing for a neutral reply, ignores the banner, and shows what the quoted message calls for under its own heading', async () => {
    const page: Page = await session.context.newPage();
    const errors = session.errorsOn(page);
    await page.goto(session.server.url(DEMO_HOSTS.email, '/fixtures/gmail-reply.html'));
    const evaluate: PageEval = (fn, arg) =>
      page.evaluate(fn as (a: unknown) => unknown, arg as unknown);
    // The caret at the top, where Gmail puts it in a reply.
    await page.evaluate(() => {
      const body = document.querySelector<HTMLElement>('[data-fixture-field="body"]');
      const first = body?.firstElementChild;
      if (!body || !first) return;
      body.focus();
      getSelection()?.collapse(first, 0);
    });
    const ui = await MaximUi.on(page);
    await page.keyboard.type(REPLY);

    const badge = async () => ui.badge();
    expect(
      await eventually(
        async () => (await ui.badgeCount()) !== null && (await ui.badgeCount()) !== undefined,
        150,
      ),
      'analysed',
    ).toBe(true);
    const card = async () => ui.card();
    expect(
      await eventually(async () => {
        const b = await badge();
        if (!b) return false;
        if (!(await card())) await ui.click(b);
        return (await groupPrinciples(ui, 'reply')).includes('part-with-toxic-customers');
      }, 150),
      'the quoted message brings up part-with-toxic-customers',
    ).toBe(true);

    // The rep's own words call for no seed principle; the banner's "#1", "best-in-class" and
    // "Guaranteed to halve" are not the rep's words.
    expect((await groupPrinciples(ui, 'own')).filter((id) => SEED_PRINCIPLES.includes(id))).toEqual(
      [],
    );
    const [heading] = await ui.query((el) =>
      /\bcard__group-title\b/.test(el.attributes['class'] ?? ''),
    );
    expect(heading, 'the reply group has its heading').toBeDefined();

    await page.screenshot({ path: '/tmp/maxim-reply-card.png' });
    await page.keyboard.press('Escape');
    expect([...errors, ...(await fixtureErrors(evaluate))]).toEqual([]);
    await ui.detach();
    await page.close();
  });
});
