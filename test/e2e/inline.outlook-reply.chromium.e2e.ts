/**
 * A reply in an Outlook-like compose field (test/fixtures/outlook-reply.html): the rep writes a
 * neutral reply above the signature (`#Signature`, a marketing banner) and the quoted message after
 * Outlook's reply header (`#appendonsend`, `#divRplyFwdMsg`): the team's own earlier email about a
 * delay. The rep's own words bring up nothing: the banner is ignored and the quoted delay email is
 * not read as the rep's words. (The engine reads the quoted message as the one being answered, so
 * it may list what that message calls for under its own heading; that is the engine's call.)
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtureErrors, type PageEval } from './support/editors';
import { DEMO_HOSTS, useChromium } from './support/harness';
import { MaximUi } from './support/maxim-ui';
import { caretAtTopOfReply, eventually } from './support/scenarios';

const session = useChromium();

const REPLY = 'Hi Tom, thanks for the call today, I have attached the invoice.';

/** What the banner would bring up if it were read as the rep's words. */
const BANNER_PRINCIPLE = 'results-back-the-message';

describe('an Outlook-like reply with a reply header, a quoted delay email and a banner signature', () => {
  it("brings up nothing from the rep's own words, the banner signature or the quoted delay email", async () => {
    const page: Page = await session.context.newPage();
    const errors = session.errorsOn(page);
    await page.goto(session.server.url(DEMO_HOSTS.email, '/fixtures/outlook-reply.html'));
    const evaluate: PageEval = (fn, arg) =>
      page.evaluate(fn as (a: unknown) => unknown, arg as unknown);
    await caretAtTopOfReply(page);
    const ui = await MaximUi.on(page);
    await page.keyboard.type(REPLY);

    expect(await eventually(async () => (await ui.badgeCount()) !== null, 150), 'analysed').toBe(
      true,
    );
    const badge = await ui.badge();
    expect(badge, 'the badge').not.toBeNull();
    await ui.click(badge!);
    expect(await eventually(async () => (await ui.card()) !== null)).toBe(true);
    expect(await ui.groupPrinciples('own'), "nothing from the rep's own words").toEqual([]);
    expect(await ui.cardPrinciples(), 'nothing from the banner').not.toContain(BANNER_PRINCIPLE);

    await page.keyboard.press('Escape');
    expect([...errors, ...(await fixtureErrors(evaluate))]).toEqual([]);
    await ui.detach();
    await page.close();
  });
});
