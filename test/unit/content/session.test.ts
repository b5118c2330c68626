// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deriveConfig } from '../../../content/config';
import { textareaKind } from '../../../content/editors/textarea';
import type { EditorAdapter, InsertResult } from '../../../content/editors/types';
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
const attachShadow = Element.prototype.attachShadow;

function fakeAdapter(field: HTMLTextAreaElement, result: InsertResult = { ok: true }) {
  const insert = vi.fn(async (text: string) => {
    if (result.ok) field.setRangeText(text, field.selectionEnd, field.selectionEnd, 'end');
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
    mutePrinciple: vi.fn(async () => []),
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

  it('inserts the phrasing at the caret after a space, records it and closes the card', async () => {
    const { adapter, insert } = fakeAdapter(field);
    const { store } = start(adapter);
    await openCard();
    const phrasing = q('[data-principle-id="own-mistakes-openly"] [data-phrasing]')!.textContent!;
    click('[data-principle-id="own-mistakes-openly"] [data-action="insert"]');
    await vi.waitFor(() => expect(insert).toHaveBeenCalledWith(` ${phrasing}`, { kind: 'caret' }));
    expect(field.value).toBe(`${DELAY} ${phrasing}`);
    await vi.waitFor(() =>
      expect(store.recordStat).toHaveBeenCalledWith('own-mistakes-openly', 'inserted'),
    );
    expect(q('[data-maxim-card]')).toBeNull();
  });

  it('says so in the card when the editor refuses the insert, and copies the phrasing instead', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { adapter } = fakeAdapter(field, { ok: false, reason: 'refused' });
    const { store } = start(adapter);
    await openCard();
    const phrasing = q('[data-principle-id="own-mistakes-openly"] [data-phrasing]')!.textContent!;
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
  });

  it('turns the site off and lets the content script remove its UI', async () => {
    const { store, siteOff } = start(fakeAdapter(field).adapter);
    await openCard();
    click('[data-action="site-off"]');
    expect(store.saveSettings).toHaveBeenCalledWith({
      sitesOn: [],
      sitesOff: ['demo.my.salesforce.com'],
    });
    expect(siteOff).toHaveBeenCalled();
  });

  it('moves focus into the card on Tab and back to the field with its caret on Escape', async () => {
    start(fakeAdapter(field).adapter);
    await openCard();
    field.setSelectionRange(5, 5);
    field.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }),
    );
    expect(root().activeElement?.getAttribute('data-action')).toBe('insert');
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
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(1));
    field.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    field.value = DELAY;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true }));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(read).toHaveBeenCalledTimes(1);
    field.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }));
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(count()).toBeGreaterThanOrEqual(1));
  });
});
