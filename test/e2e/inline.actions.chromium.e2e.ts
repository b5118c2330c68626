/** Dismiss, Mute, Off on this site and keyboard use of the card, in Chromium with the built extension. */
import type { Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  DELAY_DRAFT,
  DELAY_PRINCIPLE,
  fieldCall,
  fieldText,
  fillByKeyboard,
  firstPhrasing,
  fixtureErrors,
  squash,
  type PageEval,
} from './support/editors';
import { MaximUi } from './support/maxim-ui';
import { DEMO_HOSTS, useChromium } from './support/harness';
import { eventually } from './support/scenarios';

const session = useChromium();

type Storage = {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
};
type Chrome = { storage: { sync: Storage; local: Storage } };

/** Reads one stored value in the service worker (the test checks what the card stored). */
async function stored(worker: Worker, area: 'sync' | 'local', key: string): Promise<unknown> {
  return worker.evaluate(
    async ([a, k]) =>
      (
        await (globalThis as unknown as { chrome: Chrome }).chrome.storage[
          a as 'sync' | 'local'
        ].get(k as string)
      )[k as string],
    [area, key],
  );
}

/** Puts stored values back, so each test starts from the defaults. */
async function restore(
  worker: Worker,
  area: 'sync' | 'local',
  items: Record<string, unknown>,
): Promise<void> {
  await worker.evaluate(
    async ([a, i]) =>
      (globalThis as unknown as { chrome: Chrome }).chrome.storage[a as 'sync' | 'local'].set(
        i as Record<string, unknown>,
      ),
    [area, items] as const,
  );
}

interface Opened {
  page: Page;
  ui: MaximUi;
  evaluate: PageEval;
  errors: string[];
}

async function open(pageName: string, field: string | undefined, draft: string): Promise<Opened> {
  const page = await session.context.newPage();
  await page.goto(session.server.url(DEMO_HOSTS.crm, `/fixtures/${pageName}.html`));
  const evaluate: PageEval = (fn, arg) =>
    page.evaluate(fn as (a: unknown) => unknown, arg as unknown);
  await fieldCall(evaluate, field, 'setText', '');
  await fieldCall(evaluate, field, 'focus');
  await page.keyboard.type(draft);
  return { page, ui: await MaximUi.on(page), evaluate, errors: session.errorsOn(page) };
}

/** Opens the card once the analysis after typing shows `principle` (when given). */
async function openCard(ui: MaximUi, principle?: string): Promise<void> {
  expect(await eventually(async () => ((await ui.badgeCount()) ?? 0) >= (principle ? 1 : 0))).toBe(
    true,
  );
  await ui.click((await ui.badge())!);
  expect(await eventually(async () => (await ui.card()) !== null), 'card open').toBe(true);
  if (!principle) return;
  expect(
    await eventually(async () => (await ui.cardPrinciples()).includes(principle)),
    `card lists ${principle}`,
  ).toBe(true);
  const toggle = await ui.action(principle, 'toggle');
  if (toggle?.attributes['aria-expanded'] !== 'true') await ui.click(toggle!);
}

/** Waits for a count after typing has paused (the count must hold for a while). */
async function settledCount(ui: MaximUi): Promise<number | null> {
  let last = await ui.badgeCount();
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = await ui.badgeCount();
    if (now !== last) i = -1;
    last = now;
  }
  return last;
}

async function finish({ page, ui, evaluate, errors }: Opened): Promise<void> {
  expect([...errors, ...(await fixtureErrors(evaluate))]).toEqual([]);
  await ui.detach();
  await page.close();
}

describe('the card’s actions', () => {
  it('Dismiss hides the principle for this text, also after more typing and a reload, but not for other texts', async () => {
    const first = await open('textarea', 'message', DELAY_DRAFT);
    await openCard(first.ui, DELAY_PRINCIPLE);
    await first.ui.click((await first.ui.action(DELAY_PRINCIPLE, 'dismiss'))!);
    expect(
      await eventually(async () => !(await first.ui.cardPrinciples()).includes(DELAY_PRINCIPLE)),
    ).toBe(true);
    await first.page.keyboard.press('Escape');
    await first.page.keyboard.type(' Kind regards, Sam');
    expect(await settledCount(first.ui)).toBe(0);
    await finish(first);

    const again = await open('textarea', 'message', DELAY_DRAFT);
    expect(await settledCount(again.ui)).toBe(0);
    await finish(again);

    const other = await open(
      'textarea',
      'message',
      'Sorry, the rollout is postponed because of an outage.',
    );
    await openCard(other.ui, DELAY_PRINCIPLE);
    expect(await other.ui.cardPrinciples()).toContain(DELAY_PRINCIPLE);
    await finish(other);
    await restore(session.worker, 'local', { dismissals: [] });
  });

  it('Mute turns the principle off in the settings, everywhere, at once', async () => {
    const first = await open(
      'tiptap',
      undefined,
      'Sorry, the rollout is postponed because of an outage.',
    );
    await openCard(first.ui, DELAY_PRINCIPLE);
    await first.ui.click((await first.ui.action(DELAY_PRINCIPLE, 'mute'))!);
    expect(
      await eventually(async () => !(await first.ui.cardPrinciples()).includes(DELAY_PRINCIPLE)),
    ).toBe(true);
    expect(
      await eventually(
        async () =>
          (
            (await stored(session.worker, 'sync', 'disabledPrinciples')) as string[] | undefined
          )?.includes(DELAY_PRINCIPLE) === true,
      ),
    ).toBe(true);
    await finish(first);

    const elsewhere = await open('quill', undefined, DELAY_DRAFT);
    expect(await settledCount(elsewhere.ui)).toBe(0);
    await restore(session.worker, 'sync', { disabledPrinciples: [] });
    // Turned back on in the settings: the open page follows without a reload.
    expect(await eventually(async () => ((await elsewhere.ui.badgeCount()) ?? 0) >= 1)).toBe(true);
    await finish(elsewhere);
  });

  it('is usable by keyboard: Tab enters the card at the first field, Tab runs through the fields to Replace, Insert and Copy, Enter replaces and returns to the editor, Esc returns with the caret', async () => {
    const opened = await open('textarea', 'message', DELAY_DRAFT);
    const { page, ui, evaluate } = opened;
    await openCard(ui, DELAY_PRINCIPLE);
    const template = await firstPhrasing(DELAY_PRINCIPLE);
    const firstField = /\{([^{}]+)\}/.exec(template)?.[1];
    await page.keyboard.press('Tab');
    expect(
      await eventually(
        async () => (await ui.focusedAction()) === (firstField ? `field:${firstField}` : 'replace'),
      ),
      'focus on the first field',
    ).toBe(true);
    const phrasing = squash(await fillByKeyboard(page.keyboard, template));
    expect(await ui.focusedAction()).toBe('replace');
    await page.keyboard.press('Tab');
    expect(await ui.focusedAction()).toBe('insert');
    await page.keyboard.press('Tab');
    expect(await ui.focusedAction()).toBe('copy');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await ui.focusedAction()).toBe('replace');
    await page.keyboard.press('Enter');
    expect(
      await eventually(async () => squash(await fieldText(evaluate, 'message')) === phrasing),
    ).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reply');
    await page.keyboard.press('Escape');
    expect(await eventually(async () => (await ui.card()) === null)).toBe(true);
    await page.keyboard.type(' Z');
    expect(squash(await fieldText(evaluate, 'message'))).toBe(`${phrasing} Z`);
    await finish(opened);
  });

  it('knows when the draft is good: what it already does is shown as done, the badge and card say how much is addressed, and a replaced sentence clears its principle', async () => {
    const owned =
      "Hi Tom,\nwe missed the date we promised, and that's on us. The new plan: your order leaves our warehouse with the next shipment. We will get back to you asap.";
    const opened = await open('textarea', 'message', owned);
    const { ui, page, evaluate } = opened;
    // Two principles came up; one is already followed: the badge counts what is left.
    expect(await eventually(async () => (await ui.badgeCount()) === 1)).toBe(true);
    expect((await ui.badge())?.attributes['aria-label']).toBe(
      'Maxim: 1 of 2 addressed in this text',
    );
    await ui.click((await ui.badge())!);
    expect(await eventually(async () => (await ui.card()) !== null)).toBe(true);
    expect(await ui.groupPrinciples('done')).toEqual([DELAY_PRINCIPLE]);
    expect(await ui.groupPrinciples('own')).toEqual(['give-a-concrete-time']);
    const [count] = await ui.query((el) => el.attributes['id'] === 'maxim-card-count');
    expect(count?.text).toBe('1 of 2 addressed');
    const line = await ui.inPrinciple(DELAY_PRINCIPLE, (el) => 'data-why-here' in el.attributes);
    expect(line?.text).toContain("that's on us");
    // The open one is the principle still to act on; its phrasing replaces the "asap" sentence.
    const toggle = await ui.action('give-a-concrete-time', 'toggle');
    expect(toggle?.attributes['aria-expanded']).toBe('true');
    await page.keyboard.press('Tab');
    await fillByKeyboard(page.keyboard, await firstPhrasing('give-a-concrete-time', false));
    await page.keyboard.press('Enter');
    expect(
      await eventually(async () => !(await fieldText(evaluate, 'message')).includes('asap')),
    ).toBe(true);
    // Nothing is left to do: the badge shows a check, and Maxim's own words are not flagged.
    expect(
      await eventually(
        async () =>
          (await ui.badgeCount()) === 0 &&
          /\bbadge--done\b/.test((await ui.badge())?.attributes['class'] ?? ''),
      ),
      'all addressed',
    ).toBe(true);
    expect((await ui.badge())?.attributes['aria-label']).toBe(
      'Maxim: 1 of 1 addressed in this text',
    );
    await page.keyboard.press('Escape');
    await finish(opened);
  });

  it('a click on an underlined phrase opens the card on its principle; each principle has its own underline style', async () => {
    const draft = `${DELAY_DRAFT} We will get back to you asap.`;
    const opened = await open('textarea', 'message', draft);
    const { ui, page } = opened;
    expect(await eventually(async () => ((await ui.badgeCount()) ?? 0) >= 2)).toBe(true);
    // The overlay draws each principle's marks in its own style (wavy, dotted, …), not colour alone.
    let marks: { text: string; style: string }[] = [];
    expect(
      await eventually(async () => {
        marks = (await ui.query((el) => /\bmark--s\d\b/.test(el.attributes['class'] ?? ''))).map(
          (el) => ({ text: el.text, style: /mark--s(\d)/.exec(el.attributes['class']!)![1]! }),
        );
        return marks.some((m) => m.text === 'asap');
      }),
    ).toBe(true);
    const asapStyle = marks.find((m) => m.text === 'asap')!.style;
    const delayStyle = marks.find((m) => m.text === 'delayed')!.style;
    expect(asapStyle).not.toBe(delayStyle);
    // A click into "asap" puts the caret there and opens its principle, the editor keeping focus.
    const [asap] = await ui.query(
      (el) => el.text === 'asap' && /\bmark\b/.test(el.attributes['class'] ?? ''),
    );
    await ui.click(asap!);
    expect(await eventually(async () => (await ui.card()) !== null), 'card open').toBe(true);
    const toggle = await ui.action('give-a-concrete-time', 'toggle');
    expect(toggle?.attributes['aria-expanded']).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reply');
    // The card shows the same underline sample beside the title.
    const swatch = await ui.inPrinciple('give-a-concrete-time', (el) =>
      /\bswatch\b/.test(el.attributes['class'] ?? ''),
    );
    expect(swatch?.attributes['class']).toContain(`swatch--s${asapStyle}`);
    await page.keyboard.press('Escape');
    await finish(opened);
  });

  it('Off on this site removes Maxim from the page at once, remembers it, and its toast takes it back', async () => {
    const opened = await open('contenteditable', 'body', DELAY_DRAFT);
    const { ui, page } = opened;
    const siteOff = async () =>
      ((await stored(session.worker, 'sync', 'sitesOff')) as string[] | undefined)?.includes(
        DEMO_HOSTS.crm,
      ) === true;
    await openCard(ui, DELAY_PRINCIPLE);
    const [button] = await ui.query((el) => el.attributes['data-action'] === 'site-off');
    await ui.click(button!);
    // Badge, marks and card go at once; only the toast with its undo stays, in a host of its own.
    expect(
      await eventually(
        async () =>
          (await ui.badge()) === null &&
          (await ui.card()) === null &&
          (await page.evaluate(() => document.querySelectorAll('maxim-ui').length)) === 1,
      ),
    ).toBe(true);
    const [toast] = await ui.query((el) => 'data-toast' in el.attributes);
    expect(toast?.text).toContain(`Maxim is off on ${DEMO_HOSTS.crm}.`);
    expect(await eventually(async () => (await siteOff()) === true)).toBe(true);
    await page.keyboard.type(' More text.');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await ui.badge()).toBeNull();
    const [undo] = await ui.query(
      (el) => el.attributes['data-action'] === 'undo' && el.localName === 'button',
    );
    await ui.click(undo!);
    expect(await eventually(async () => (await siteOff()) === false), 'the site is on again').toBe(
      true,
    );
    await page.evaluate(() =>
      document.querySelector<HTMLElement>('[data-fixture-field="body"]')?.focus(),
    );
    await page.keyboard.type(' Again.');
    expect(
      await eventually(async () => ((await ui.badgeCount()) ?? 0) >= 1),
      'Maxim is back without a reload',
    ).toBe(true);
    await restore(session.worker, 'sync', { sitesOff: [] });
    await finish(opened);
  });

  it('opens by the keyboard shortcut with focus inside, and Esc gives focus and caret back', async () => {
    const opened = await open('quill', undefined, DELAY_DRAFT);
    const { page, ui, evaluate } = opened;
    expect(await eventually(async () => ((await ui.badgeCount()) ?? 0) >= 1)).toBe(true);
    // Headless Chromium does not deliver extension shortcuts: send what the service worker sends on the command.
    const url = page.url();
    await session.worker.evaluate(async (pageUrl) => {
      type Tabs = {
        query(q: { url: string }): Promise<{ id: number }[]>;
        sendMessage(id: number, m: unknown, o: { frameId: number }): Promise<unknown>;
      };
      const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
      const [tab] = await tabs.query({ url: pageUrl });
      await tabs.sendMessage(tab!.id, { type: 'openCard', payload: null }, { frameId: 0 });
    }, url);
    expect(
      await eventually(async () => /^(field:|replace$)/.test((await ui.focusedAction()) ?? '')),
      'focus on the first field or Replace',
    ).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    expect(await eventually(async () => (await ui.card()) === null)).toBe(true);
    await page.keyboard.type(' Q');
    expect(
      await eventually(async () =>
        squash(await fieldText(evaluate, undefined)).endsWith(`${squash(DELAY_DRAFT)} Q`),
      ),
    ).toBe(true);
    await finish(opened);
  });

  it('made no network request', () => {
    expect(session.requests.offMachine(session.server.port)).toEqual([]);
  });
});
