// @vitest-environment happy-dom
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startMaxim } from '../../../content/app';
import { createSettingsStore, type SettingsStore } from '../../../src/settings';
import { createWorkerAnalysis } from '../../../src/background/analysis';
import type { AnalyzeRequest } from '../../../content/session/analysis';

// The content script's protocol client imports the polyfill, which needs an extension around it.
vi.mock('webextension-polyfill', async () => ({
  default: (await import('@webext-core/fake-browser')).fakeBrowser,
}));

const DELAY =
  'Unfortunately your delivery is delayed by two weeks because of problems at our supplier.';

/** Closed shadow roots Maxim attached, captured as they are made (the page cannot see them). */
const roots: ShadowRoot[] = [];
const attachShadow = Element.prototype.attachShadow;

let store: SettingsStore;
let controller: AbortController;
let analyze: AnalyzeRequest;

beforeEach(() => {
  fakeBrowser.reset();
  store = createSettingsStore(fakeBrowser.storage);
  controller = new AbortController();
  // The service worker's side of the analysis, answering on the same in-memory runtime.
  const background = createWorkerAnalysis(store, controller.signal);
  analyze = (request) => background.analyze(structuredClone(request));
  roots.length = 0;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (
    this: Element,
    init: ShadowRootInit,
  ) {
    const root = attachShadow.call(this, init);
    if (this.localName === 'maxim-ui') roots.push(root);
    return root;
  });
  document.body.innerHTML =
    '<textarea id="reply"></textarea><input id="other" type="text" name="subject">';
});

afterEach(() => {
  controller.abort();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

function start(hostname: string): void {
  startMaxim(
    { doc: document, hostname, store, messages: fakeBrowser.runtime.onMessage, analyze },
    controller.signal,
  );
}

function type(field: HTMLTextAreaElement, text: string): void {
  field.value = text;
  field.setSelectionRange(text.length, text.length);
  field.dispatchEvent(
    new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }),
  );
}

const badge = () => roots[0]?.querySelector<HTMLElement>('[data-maxim-badge]') ?? null;
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('the content script on a page', () => {
  it('does nothing on a site where Maxim is off, and starts when the site is turned on', async () => {
    start('shop.example.test');
    await settle();
    const field = document.getElementById('reply') as HTMLTextAreaElement;
    field.focus();
    await settle();
    expect(document.querySelector('maxim-ui')).toBeNull();
    field.blur();
    await store.saveSettings({ sitesOn: ['shop.example.test'] });
    await vi.waitFor(async () => {
      field.focus();
      await settle();
      expect(document.querySelector('maxim-ui')).not.toBeNull();
    });
  });

  it('shows a badge with the count after a pause in typing, and removes everything when the site is turned off', async () => {
    start('demo.my.salesforce.com');
    await settle();
    const field = document.getElementById('reply') as HTMLTextAreaElement;
    field.focus();
    await vi.waitFor(() => expect(badge()?.hidden).toBe(false));
    type(field, DELAY);
    await vi.waitFor(
      () => expect(Number(badge()?.getAttribute('data-count'))).toBeGreaterThanOrEqual(1),
      { timeout: 5000 },
    );
    await store.saveSettings({ sitesOff: ['demo.my.salesforce.com'] });
    await vi.waitFor(() => expect(document.querySelector('maxim-ui')).toBeNull());
  });

  it('applies a muted principle live, without a reload', async () => {
    start('demo.my.salesforce.com');
    await settle();
    const field = document.getElementById('reply') as HTMLTextAreaElement;
    field.focus();
    type(field, DELAY);
    await vi.waitFor(
      () => expect(Number(badge()?.getAttribute('data-count'))).toBeGreaterThanOrEqual(1),
      { timeout: 5000 },
    );
    const before = Number(badge()?.getAttribute('data-count'));
    await store.mutePrinciple('own-mistakes-openly');
    await vi.waitFor(() => expect(Number(badge()?.getAttribute('data-count'))).toBe(before - 1), {
      timeout: 5000,
    });
  });

  it('hides the badge when focus leaves the field for another element', async () => {
    start('demo.my.salesforce.com');
    await settle();
    (document.getElementById('reply') as HTMLTextAreaElement).focus();
    await vi.waitFor(() => expect(badge()?.hidden).toBe(false));
    document.body.insertAdjacentHTML('beforeend', '<button id="b">x</button>');
    (document.getElementById('b') as HTMLButtonElement).focus();
    await vi.waitFor(() => expect(badge()?.hidden).toBe(true));
  });

  it('leaves nothing behind when the focused field is removed', async () => {
    start('demo.my.salesforce.com');
    await settle();
    const field = document.getElementById('reply') as HTMLTextAreaElement;
    field.focus();
    await vi.waitFor(() => expect(badge()?.hidden).toBe(false));
    field.remove();
    await vi.waitFor(() => expect(badge()?.hidden).toBe(true));
  });
});
