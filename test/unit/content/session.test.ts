// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deriveConfig } from '../../../content/config';
import { textareaKind } from '../../../content/editors/textarea';
import type { EditorAdapter, InsertResult, InsertTarget } from '../../../content/editors/types';
import { inlineAnalysis } from './inline-service';
import type { SessionStore } from '../../../content/session/deps';
import { startFieldSession, type FieldSession } from '../../../content/session/field-session';
import { createSurface, type Surface } from '../../../content/ui/surface';
import {
  defaultSettings,
  effectiveSettings,
  EMPTY_POLICY,
  type Dismissal,
} from '../../../src/settings';

// The content script's protocol client imports the polyfill, which needs an extension around it.
vi.mock('webextension-polyfill', async () => ({
  default: (await import('@webext-core/fake-browser')).fakeBrowser,
}));

const DELAY =
  'Unfortunately your delivery is delayed by two weeks because of problems at our supplier.';
const roots: ShadowRoot[] = [];

/** Marks a synthetic event as the browser's own, as a real key press is (happy-dom lets it be set). */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
const attachShadow = Element.prototype.attachShadow;

function fakeAdapter(field: HTMLTextAreaElement, result: InsertResult = { ok: true }) {
  const insert = vi.fn(async (text: string, at: InsertTarget) => {
    if (result.ok) {
      const { start, end } =
        at.kind === 'replace' ? at.span : { start: field.selectionEnd, end: field.selectionEnd };
      field.setRangeText(text, start, end, 'end');
      field.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }
    return result;
  });
  // The real textarea adapter (its caret), with an insert the test controls.
  const adapter: EditorAdapter = {
    ...textareaKind.create(field),
    kind: 'fake',
    insert,
    dispose: vi.fn(),
  };
  return { adapter, insert };
}

function fakeStore(): SessionStore & Record<string, ReturnType<typeof vi.fn>> {
  return {
    recordStat: vi.fn(async () => undefined),
    dismiss: vi.fn(async () => undefined),
    forgetDismissal: vi.fn(async () => undefined),
    mutePrinciple: vi.fn(async () => []),
    unmutePrinciple: vi.fn(async () => []),
    saveSettings: vi.fn(async () => []),
  } as unknown as SessionStore & Record<string, ReturnType<typeof vi.fn>>;
}

const settings = defaultSettings();
const config = deriveConfig(
  { settings, policy: EMPTY_POLICY, effective: effectiveSettings(settings), notices: [] },
  'demo.my.salesforce.com',
);

let surface: Surface;
let session: FieldSession | null = null;
let field: HTMLTextAreaElement;

beforeEach(() => {
  roots.length = 0;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (
    this: Element,
    init: ShadowRootInit,
  ) {
    const root = attachShadow.call(this, init);
    roots.push(root);
    return root;
  });
  document.body.innerHTML = '<textarea id="reply"></textarea>';
  field = document.getElementById('reply') as HTMLTextAreaElement;
  field.value = DELAY;
  field.focus();
  field.setSelectionRange(DELAY.length, DELAY.length);
  surface = createSurface(document, () => session?.toggleCard());
});

afterEach(() => {
  session?.dispose();
  session = null;
  surface.dispose();
  vi.restoreAllMocks();
});

function start(
  adapter: EditorAdapter,
  store = fakeStore(),
  dismissals: Dismissal[] = [],
  siteOff = vi.fn(),
) {
  session = startFieldSession(adapter, {
    surface,
    analysis: Promise.resolve(inlineAnalysis()),
    config: () => config,
    dismissals: () => dismissals,
    store,
    siteOff,
  });
  return { store, siteOff };
}

const root = () => roots[0]!;
const q = <T extends Element = HTMLElement>(selector: string) =>
  root().querySelector<T & HTMLElement>(selector);
const count = () => Number(q('[data-maxim-badge]')?.getAttribute('data-count'));
const click = (selector: string) =>
  q(selector)!.dispatchEvent(new MouseEvent('click', { bubbles: true }));

/** Fills every field of a principle's phrasing as a rep would, and gives the phrasing it makes. */
async function fillPhrasing(id: string): Promise<string> {
  const phrasing = q(`[data-principle-id="${id}"] [data-phrasing]`)!;
  phrasing.querySelectorAll<HTMLInputElement>('input[data-field]').forEach((input, i) => {
    if (input.value === '') input.value = `value ${i + 1}`;
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  });
  // The card re-renders with the values before the rep's next click.
  await new Promise((resolve) => setTimeout(resolve, 0));
  let text = '';
  for (const node of phrasing.childNodes)
    text += node instanceof HTMLInputElement ? node.value : (node.textContent ?? '');
  return text;
}

async function openCard() {
  await vi.waitFor(() => expect(count()).toBeGreaterThanOrEqual(1), { timeout: 5000 });
  click('[data-maxim-badge]');
  await vi.waitFor(() => expect(q('[data-maxim-card]')).not.toBeNull());
}

describe('a field session', () => {
  it('opens the card from the badge without taking focus from the field, and records what was shown', async () => {
    const { store } = start(fakeAdapter(field).adapter);
    await openCard();
    expect(document.activeElement).toBe(field);
    expect(q('[data-principle-id="own-mistakes-openly"]')).not.toBeNull();
    expect(store.recordStat).toHaveBeenCalledWith('own-mistakes-openly', 'shown');
  });

  it('inserts the filled phrasing at the caret after a space, records it, says so, and never flags it again', async () => {
    const { adapter, insert } = fakeAdapter(field);
    const { store } = start(adapter);
    await openCard();
    const phrasing = await fillPhrasing('own-mistakes-openly');
    click('[data-principle-id="own-mistakes-openly"] [data-action="insert"]');
    await vi.waitFor(() => expect(insert).toHaveBeenCalledWith(` ${phrasing}`, { kind: 'caret' }));
    expect(field.value).toBe(`${DELAY} ${phrasing}`);
    await vi.waitFor(() =>
      expect(store.recordStat).toHaveBeenCalledWith('own-mistakes-openly', 'inserted'),
    );
    await vi.waitFor(() => expect(q('[data-toast]')?.textContent).toContain('Inserted.'));
    // Only the rep's own delay sentence is marked, not Maxim's phrasing after it.
    await vi.waitFor(() => {
      const marked = [...root().querySelectorAll('.overlay .mark')].map((m) => m.textContent);
      expect(marked.length).toBeGreaterThan(0);
      expect(marked.every((m) => DELAY.includes(m ?? ''))).toBe(true);
    });
  });

  it('inserts after the word when the caret sits inside one, never into it', async () => {
    const { adapter, insert } = fakeAdapter(field);
    start(adapter);
    await openCard();
    const phrasing = await fillPhrasing('own-mistakes-openly');
    // An arrow key put the caret into "delivery".
    const inside = DELAY.indexOf('delivery') + 3;
    field.setSelectionRange(inside, inside);
    click('[data-principle-id="own-mistakes-openly"] [data-action="insert"]');
    const after = DELAY.indexOf('delivery') + 'delivery'.length;
    await vi.waitFor(() =>
      expect(insert).toHaveBeenCalledWith(` ${phrasing}`, {
        kind: 'replace',
        span: { start: after, end: after },
      }),
    );
  });

  it('replaces the sentence the evidence sits in, shown beside the phrasing first', async () => {
    const { adapter, insert } = fakeAdapter(field);
    start(adapter);
    await openCard();
    expect(q('[data-principle-id="own-mistakes-openly"] [data-sentence]')!.textContent).toBe(DELAY);
    const phrasing = await fillPhrasing('own-mistakes-openly');
    click('[data-principle-id="own-mistakes-openly"] [data-action="replace"]');
    await vi.waitFor(() =>
      expect(insert).toHaveBeenCalledWith(phrasing, {
        kind: 'replace',
        span: { start: 0, end: DELAY.length },
      }),
    );
    expect(field.value).toBe(phrasing);
    await vi.waitFor(() => expect(q('[data-toast]')?.textContent).toContain('Sentence replaced.'));
  });

  it('does not replace a sentence the rep has changed since, and says so', async () => {
    const { adapter, insert } = fakeAdapter(field);
    start(adapter);
    await openCard();
    await fillPhrasing('own-mistakes-openly');
    field.value = 'Something else entirely.';
    click('[data-principle-id="own-mistakes-openly"] [data-action="replace"]');
    await vi.waitFor(() =>
      expect(q('[data-principle-id="own-mistakes-openly"] [data-status]')!.textContent).toMatch(
        /changed meanwhile/,
      ),
    );
    expect(insert).not.toHaveBeenCalled();
    expect(field.value).toBe('Something else entirely.');
  });

  it('says so in the card when the editor refuses the insert, and copies the phrasing instead', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { adapter } = fakeAdapter(field, { ok: false, reason: 'refused' });
    const { store } = start(adapter);
    await openCard();
    const phrasing = await fillPhrasing('own-mistakes-openly');
    click('[data-principle-id="own-mistakes-openly"] [data-action="insert"]');
    await vi.waitFor(() =>
      expect(q('[data-principle-id="own-mistakes-openly"] [data-status]')!.textContent).toBe(
        'This editor did not take the text, so it was copied instead: paste it with Ctrl+V.',
      ),
    );
    expect(writeText).toHaveBeenCalledWith(phrasing);
    expect(store.recordStat).toHaveBeenCalledWith('own-mistakes-openly', 'copied');
    expect(field.value).toBe(DELAY);
  });

  it('dismisses a principle for this text and mutes another through the settings', async () => {
    const { store } = start(fakeAdapter(field).adapter);
    await openCard();
    const before = count();
    click('[data-principle-id="own-mistakes-openly"] [data-action="dismiss"]');
    expect(store.dismiss).toHaveBeenCalledWith(expect.any(String), 'own-mistakes-openly');
    await vi.waitFor(() => expect(q('[data-principle-id="own-mistakes-openly"]')).toBeNull());
    expect(count()).toBe(before - 1);
    // The toast takes it back: the dismissal is forgotten and the principle is there again.
    expect(q('[data-toast]')!.textContent).toContain('Dismissed for this text.');
    click('[data-toast] [data-action="undo"]');
    await vi.waitFor(() =>
      expect(store.forgetDismissal).toHaveBeenCalledWith(expect.any(String), 'own-mistakes-openly'),
    );
    expect(q('[data-principle-id="own-mistakes-openly"]')).not.toBeNull();
    expect(count()).toBe(before);
  });

  it('mutes a principle everywhere, and the toast turns it back on', async () => {
    const { store } = start(fakeAdapter(field).adapter);
    await openCard();
    click('[data-principle-id="own-mistakes-openly"] [data-action="mute"]');
    expect(store.mutePrinciple).toHaveBeenCalledWith('own-mistakes-openly');
    expect(q('[data-toast]')!.textContent).toContain('Principle muted everywhere.');
    click('[data-toast] [data-action="undo"]');
    await vi.waitFor(() =>
      expect(store.unmutePrinciple).toHaveBeenCalledWith('own-mistakes-openly'),
    );
  });

  it('turns the site off and lets the content script remove its UI', async () => {
    const { store, siteOff } = start(fakeAdapter(field).adapter);
    await openCard();
    click('[data-action="site-off"]');
    expect(store.saveSettings).toHaveBeenCalledWith({
      sitesOn: [],
      sitesOff: ['demo.my.salesforce.com'],
    });
    expect(siteOff).toHaveBeenCalledWith(expect.any(Function));
    // Its undo puts the site lists back as they were.
    await siteOff.mock.calls[0]![0]();
    expect(store.saveSettings).toHaveBeenLastCalledWith({ sitesOn: [], sitesOff: [] });
  });

  it('moves focus into the card on Tab and back to the field with its caret on Escape', async () => {
    start(fakeAdapter(field).adapter);
    await openCard();
    field.setSelectionRange(5, 5);
    // A key the page forges (untrusted) does nothing.
    field.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }),
    );
    expect(root().activeElement).toBeNull();
    field.dispatchEvent(
      trusted(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true })),
    );
    // Focus goes to the first field the rep has to fill in.
    expect(
      root().activeElement?.getAttribute('data-field') ??
        root().activeElement?.getAttribute('data-action'),
    ).toBeTruthy();
    expect(
      root().activeElement?.closest('[data-principle-id]')?.getAttribute('data-principle-id'),
    ).toBe('own-mistakes-openly');
    q('[data-maxim-card]')!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }),
    );
    expect(q('[data-maxim-card]')).toBeNull();
    expect(document.activeElement).toBe(field);
    expect(field.selectionStart).toBe(5);
  });

  it('never analyses during an IME composition', async () => {
    field.value = '';
    const { adapter } = fakeAdapter(field);
    const read = vi.spyOn(adapter, 'read');
    start(adapter);
    // The first analysis reads the text for the request and again when its answer comes.
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(2));
    field.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    field.value = DELAY;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true }));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(read).toHaveBeenCalledTimes(2);
    field.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }));
    await vi.waitFor(() => expect(read.mock.calls.length).toBeGreaterThan(2));
    await vi.waitFor(() => expect(count()).toBeGreaterThanOrEqual(1));
  });
});
