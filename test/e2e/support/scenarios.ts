/**
 * Scenario helpers shared by the Chromium and Firefox suites. They work through the page's own
 * DOM only: Maxim's UI lives in a closed shadow root, so tests see it the way a page does.
 */

/** A minimal page handle that both playwright-core and puppeteer-core pages satisfy. */
export interface AnyPage {
  evaluate(fn: (selector: string) => boolean, selector: string): Promise<unknown>;
}

/**
 * True when Maxim's badge is drawn at the bottom-right corner of the field: the element at that
 * point is Maxim's shadow host (the page sees the host, never what is inside).
 */
export async function badgeVisibleOn(page: AnyPage, selector: string): Promise<boolean> {
  const visible = await page.evaluate((sel) => {
    const field = document.querySelector(sel);
    if (!field) throw new Error(`no field ${sel}`);
    const rect = field.getBoundingClientRect();
    const hits: Element[] = [];
    // Scan the corner a little, since the badge's exact size is Maxim's business.
    for (let dx = 6; dx <= 40; dx += 4) {
      for (let dy = 6; dy <= 30; dy += 4) {
        const el = document.elementFromPoint(rect.right - dx, rect.bottom - dy);
        if (el) hits.push(el);
      }
    }
    return hits.some((el) => el.localName === 'maxim-ui');
  }, selector);
  return visible === true;
}

/** Polls a condition in the test process until it holds or the attempts run out. */
export async function eventually(
  check: () => Promise<boolean>,
  attempts = 50,
  pauseMs = 100,
): Promise<boolean> {
  for (let i = 0; i < attempts; i += 1) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  return false;
}

/**
 * Focuses a reply fixture's compose body (`[data-fixture-field="body"]`) with the caret at the
 * top, above the signature and the quoted message, where Gmail and Outlook put it in a reply.
 */
export async function caretAtTopOfReply(page: {
  evaluate(fn: () => void): Promise<unknown>;
}): Promise<void> {
  await page.evaluate(() => {
    const body = document.querySelector<HTMLElement>('[data-fixture-field="body"]');
    const first = body?.firstElementChild;
    if (!body || !first) return;
    body.focus();
    getSelection()?.collapse(first, 0);
  });
}
