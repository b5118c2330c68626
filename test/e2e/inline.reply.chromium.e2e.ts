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
import { caretAtTopOfReply, eventually } from './support/scenarios';

const session = useChromium();

const REPLY =
  'Hi Tom, I have read your message and asked our payroll team to check the run. I will call you at 3 pm.';

describe('a reply with a quoted thread and a signature', () => {
  it('suggests nothing for a neutral reply, ignores the banner, and shows what the quoted message calls for under its own heading', async () => {
    const page: Page = await session.context.newPage();
    const errors = session.errorsOn(page);
    await page.goto(session.server.url(DEMO_HOSTS.email, '/fixtures/gmail-reply.html'));
    const evaluate: PageEval = (fn, arg) =>
      page.evaluate(fn as (a: unknown) => unknown, arg as unknown);
    await caretAtTopOfReply(page);
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
        return (await ui.groupPrinciples('reply')).includes('part-with-toxic-customers');
      }, 150),
      'the quoted message brings up part-with-toxic-customers',
    ).toBe(true);

    // The rep's own words call for no seed principle; the banner's "#1", "best-in-class" and
    // "Guaranteed to halve" are not the rep's words.
    expect((await ui.groupPrinciples('own')).filter((id) => SEED_PRINCIPLES.includes(id))).toEqual(
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
