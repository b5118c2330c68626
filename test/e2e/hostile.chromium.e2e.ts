/**
 * A hostile page in Chromium (test/fixtures/hostile.html, served with a strict CSP): its script
 * patches `attachShadow`, `querySelector`, `JSON.parse` and `addEventListener` before Maxim
 * arrives, listens for every event and message, walks the document and its shadow roots, forges
 * keys and messages shaped like Maxim's, and rewrites or removes the field while Insert runs.
 * Maxim keeps working there, the page finds nothing of its UI, settings or suggestions, nothing
 * the page sends is taken for Maxim's, and nothing is lost when the field is mutated mid-insert.
 */
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
import type { HostileFindings } from '../fixtures/src/hostile-probes';
import en from '../../_locales/en/content.json';

/** Polls for up to 15 s where an analysis must have run: the first one compiles the principles. */
const ANALYSIS_ATTEMPTS = 150;

const session = useChromium();

type Area = { get(key: null): Promise<Record<string, unknown>> };
type Chrome = { storage: { sync: Area; local: Area } };

/** Everything stored, both areas, read in the service worker. */
async function storedAll(worker: Worker): Promise<unknown> {
  return worker.evaluate(async () => {
    const { storage } = (globalThis as unknown as { chrome: Chrome }).chrome;
    return { sync: await storage.sync.get(null), local: await storage.local.get(null) };
  });
}

interface Opened {
  page: Page;
  ui: MaximUi;
  evaluate: PageEval;
  errors: string[];
  csp: string | null;
}

/** Opens the hostile page on the email host with `field` focused and empty. */
async function openHostile(field: 'reply' | 'note'): Promise<Opened> {
  const page = await session.context.newPage();
  const response = await page.goto(session.server.url(DEMO_HOSTS.email, '/fixtures/hostile.html'));
  const evaluate: PageEval = (fn, arg) =>
    page.evaluate(fn as (a: unknown) => unknown, arg as unknown);
  await fieldCall(evaluate, field, 'setText', '');
  await fieldCall(evaluate, field, 'focus');
  return {
    page,
    ui: await MaximUi.on(page),
    evaluate,
    errors: session.errorsOn(page),
    csp: (await response?.allHeaders())?.['content-security-policy'] ?? null,
  };
}

/** Types the delay draft, waits for the badge, opens the card on the delay principle, expanded. */
async function draftWithCard({ page, ui }: Opened): Promise<void> {
  await page.keyboard.type(DELAY_DRAFT);
  expect(
    await eventually(async () => ((await ui.badgeCount()) ?? 0) >= 1, ANALYSIS_ATTEMPTS),
    'badge with a count',
  ).toBe(true);
  const badge = await ui.badge();
  await ui.click(badge!);
  expect(await eventually(async () => (await ui.card()) !== null), 'card open').toBe(true);
  expect(await ui.cardPrinciples()).toContain(DELAY_PRINCIPLE);
  const toggle = await ui.action(DELAY_PRINCIPLE, 'toggle');
  if (toggle?.attributes['aria-expanded'] !== 'true') await ui.click(toggle!);
  // Clicking the card keeps the caret in the field: Tab goes from there into the card.
  await page.waitForTimeout(300);
}

/** Tabs into the card, fills the phrasing's fields by keyboard and presses Enter on Replace. */
async function replaceByKeyboard({ page, ui }: Opened): Promise<string> {
  await page.keyboard.press('Tab');
  const phrasing = squash(
    await fillByKeyboard(page.keyboard, await firstPhrasing(DELAY_PRINCIPLE, false)),
  );
  expect(await ui.focusedAction(), 'focus on Replace after the fields').toBe('replace');
  await page.keyboard.press('Enter');
  return phrasing;
}

/** The hostile page's findings, searched afresh. */
async function findings(evaluate: PageEval): Promise<HostileFindings> {
  return (await evaluate(
    () =>
      (window as unknown as { hostile: { report(): Promise<HostileFindings> } }).hostile.report(),
    null,
  )) as HostileFindings;
}

/** Words of Maxim's UI and data the page must never get: principle ids, titles, card texts. */
async function maximWords(): Promise<string[]> {
  const { readFile } = await import('node:fs/promises');
  const { resolve } = await import('node:path');
  const file = resolve(import.meta.dirname, '../../src/data/principles', `${DELAY_PRINCIPLE}.json`);
  const principle = JSON.parse(await readFile(file, 'utf8')) as { text: { en: { title: string } } };
  return [DELAY_PRINCIPLE, principle.text.en.title, en.cardReplaced.message, 'sensitivity'];
}

/** The card's status line for the delay principle. */
async function statusText(ui: MaximUi): Promise<string> {
  const status = await ui.inPrinciple(DELAY_PRINCIPLE, (el) => 'data-status' in el.attributes);
  return status?.text ?? '';
}

/** What Maxim tells the rep after an action: the card's status line, else a toast's text. */
async function noticeText(ui: MaximUi): Promise<string> {
  const status = await statusText(ui);
  if (status) return status;
  const toasts = await ui.query((el) => 'data-toast' in el.attributes);
  return toasts.map((el) => el.text).join(' ');
}

describe('Maxim on a hostile page (strict CSP, probes, forgeries)', () => {
  it('works (badge, card, Replace), ignores forged keys and messages, and the probes find only its empty host', async () => {
    const opened = await openHostile('reply');
    const { page, ui, evaluate, errors } = opened;
    expect(opened.csp, 'the page is served with a strict CSP').toContain("style-src 'self'");

    await draftWithCard(opened);
    // The card records that it showed the principle; what is stored after that must stay.
    await page.waitForTimeout(500);
    const storedBefore = await storedAll(session.worker);
    // Forged keys (Esc, Tab, Enter, Ctrl+Z, the card's shortcut) and forged messages change nothing.
    const draft = await fieldText(evaluate, 'reply');
    const forged = await evaluate(() => {
      const h = (window as unknown as { hostile: Record<string, (...a: unknown[]) => unknown> })
        .hostile;
      h.forgeKeys!('#reply');
      return h.forgeMessages!();
    }, null);
    await page.waitForTimeout(500);
    expect(await ui.card(), 'a forged Escape does not close the card').not.toBeNull();
    expect(await fieldText(evaluate, 'reply'), 'no forged text in the field').toBe(draft);
    expect(await storedAll(session.worker), 'no forged setting stored').toEqual(storedBefore);
    console.log(`hostile: ${forged} message shapes forged, each posted and dispatched 9 ways`);

    // The rep's own keys still work: Tab into the card, fill in, Replace.
    await page.locator('#reply').focus();
    const phrasing = await replaceByKeyboard(opened);
    const replaced = await eventually(async () =>
      squash(await fieldText(evaluate, 'reply')).includes(phrasing),
    );
    expect(
      replaced,
      `phrasing "${phrasing}" in the field (notice "${await noticeText(ui)}", field "${await fieldText(evaluate, 'reply')}")`,
    ).toBe(true);
    expect(await statusText(ui)).toBe('');

    const found = await findings(evaluate);
    console.log(`hostile findings: ${JSON.stringify(found, null, 1)}`);
    expect(found.extensionCalls, 'no patched API called by Maxim').toEqual([]);
    expect(found.shadowRoots, 'no shadow root through the page').toEqual([]);
    expect(found.parsed).toEqual([]);
    expect(found.customEvents, 'no event of Maxim').toEqual([]);
    expect(found.innerTargets, 'no event path into Maxim').toEqual([]);
    expect(found.messages, 'no message from Maxim').toEqual([]);
    expect(found.storage).toEqual([]);
    expect(found.apis).toEqual([]);
    // What the page sees of Maxim: its empty host element, nothing inside.
    expect(found.foreignElements.every((el) => el.startsWith('maxim-ui ['))).toBe(true);
    expect(found.foreignContent, 'nothing readable inside the host').toEqual([]);
    const leaked = JSON.stringify(found);
    for (const word of await maximWords()) expect(leaked).not.toContain(word);
    expect(found.cspViolations).toEqual([]);
    expect(found.errors).toEqual([]);
    expect([...errors, ...(await fixtureErrors(evaluate))]).toEqual([]);
    await ui.detach();
    await page.close();
  });

  it.each([
    { field: 'reply', how: 'replace' },
    { field: 'reply', how: 'remove' },
    { field: 'note', how: 'replace' },
    { field: 'note', how: 'remove' },
  ] as const)(
    'the page $how-s the $field field while Replace runs: the card (or a notice) says the insert failed, the phrasing is copied, the textarea keeps the draft',
    async ({ field, how }) => {
      const opened = await openHostile(field);
      const { ui, evaluate, errors } = opened;
      await draftWithCard(opened);
      const draft = await fieldText(evaluate, field);
      await evaluate(
        ([selector, h]) =>
          (window as unknown as { hostile: { arm(s: string, h: string): void } }).hostile.arm(
            selector!,
            h!,
          ),
        [`#${field}`, how],
      );
      await replaceByKeyboard(opened);
      const expected = [en.cardInsertFailedCopied.message, en.cardInsertFailed.message];
      let notice = '';
      const told = await eventually(async () => expected.includes((notice = await noticeText(ui))));
      const now = await evaluate((sel) => {
        const el = document.querySelector<HTMLTextAreaElement>(sel);
        return el ? (el.value ?? el.innerText) : null;
      }, `#${field}`);
      const meddled = (await evaluate(
        () => (window as unknown as { hostile: { meddled: string[] } }).hostile.meddled,
        null,
      )) as string[];
      console.log(
        `hostile: ${meddled.join(', ')} (${field}): notice "${notice}", card ${(await ui.card()) ? 'open' : 'closed'}, field ${JSON.stringify(now)}`,
      );
      expect(told, `Maxim says the insert failed (notice "${notice}")`).toBe(true);
      expect(meddled).toHaveLength(1);
      if (how === 'remove') {
        // The card went with the field; the notice stands alone.
        expect(await ui.card()).toBeNull();
      } else {
        expect(await ui.card(), 'the card stays, with the phrasing').not.toBeNull();
        // The textarea gets the rep's draft back; a rich field keeps what the page put there (the
        // page owns its DOM: Maxim does not write over it).
        expect(squash(await fieldText(evaluate, field))).toBe(
          field === 'reply' ? squash(draft) : 'The page rewrote this field.',
        );
      }
      expect([...errors, ...(await fixtureErrors(evaluate))]).toEqual([]);
      await ui.detach();
      await opened.page.close();
    },
  );
});
