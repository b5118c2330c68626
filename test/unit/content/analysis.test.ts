import { describe, expect, it, vi } from 'vitest';
import * as engine from '../../../src/engine';
import { fakeBrowser } from '@webext-core/fake-browser';
import {
  createSettingsStore,
  defaultSettings,
  effectiveSettings,
  EMPTY_POLICY,
} from '../../../src/settings';
import { deriveConfig } from '../../../content/config';
import { analysisWindow, FULL_TEXT_LIMIT } from '../../../content/session/analysis';
import { dismissalFingerprint, sentenceAround } from '../../../content/session/fingerprint';
import { inlineAnalysis } from './inline-service';

// The content script's protocol client imports the polyfill, which needs an extension around it.
vi.mock('webextension-polyfill', async () => ({
  default: (await import('@webext-core/fake-browser')).fakeBrowser,
}));

vi.mock('../../../src/engine', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/engine')>();
  return { ...original, createAnalyzer: vi.fn(original.createAnalyzer) };
});

const DELAY =
  'Unfortunately your delivery is delayed by two weeks because of problems at our supplier.';

function config(hostname = 'demo.my.salesforce.com', settings = defaultSettings()) {
  return deriveConfig(
    { settings, policy: EMPTY_POLICY, effective: effectiveSettings(settings), notices: [] },
    hostname,
  );
}

describe('the analysis of a field', () => {
  it('analyses a short text whole and finds the delay principle with its evidence', async () => {
    const result = await inlineAnalysis().run(`Hi Anna,\n\n${DELAY}`, 0, config());
    expect(result.partial).toBe(false);
    const own = result.suggestions.find((s) => s.id === 'own-mistakes-openly');
    expect(own).toBeDefined();
    for (const e of own!.evidence) expect(result.text.slice(e.start, e.end)).toBe(e.text);
  });

  it('sends the card its texts but not the signals or examples', async () => {
    const result = await inlineAnalysis().run(DELAY, 0, config());
    const own = result.suggestions.find((s) => s.id === 'own-mistakes-openly')!;
    expect(own.principle.text.en?.tryThis.length).toBeGreaterThan(0);
    expect(own.principle).not.toHaveProperty('signals');
    expect(own.principle).not.toHaveProperty('examples');
  });

  it('analyses only whole paragraphs around the caret in a very long text, with offsets into the whole text', async () => {
    const filler = 'Thanks for the call today, I have attached the invoice.\n';
    const before = filler.repeat(Math.ceil((FULL_TEXT_LIMIT * 2) / filler.length));
    const text = `${before}${DELAY}\n${before}`;
    const caret = before.length + 10;
    const result = await inlineAnalysis().run(text, caret, config());
    expect(result.partial).toBe(true);
    const own = result.suggestions.find((s) => s.id === 'own-mistakes-openly');
    expect(own).toBeDefined();
    for (const e of own!.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('cuts the window at paragraph boundaries and keeps the caret inside', () => {
    const text = `${'a'.repeat(50)}\n${'b'.repeat(50)}\n${'c'.repeat(50)}\n${'d'.repeat(50)}`;
    const { start, end } = analysisWindow(text, 80, 120);
    expect(start === 0 || text[start - 1] === '\n').toBe(true);
    expect(end === text.length || text[end] === '\n').toBe(true);
    expect(start).toBeLessThanOrEqual(80);
    expect(end).toBeGreaterThanOrEqual(80);
    expect(end - start).toBeLessThanOrEqual(120);
  });

  it('applies a muted principle at once and compiles the engine only once for it', async () => {
    fakeBrowser.reset();
    const store = createSettingsStore(fakeBrowser.storage);
    const service = inlineAnalysis(new AbortController().signal, store);
    const compiles = vi.mocked(engine.createAnalyzer).mock.calls.length;
    await service.run(DELAY, 0, config());
    // Muted from the card or the options page: the very next analysis leaves it out.
    await store.saveSettings({ disabledPrinciples: ['own-mistakes-openly'] });
    expect((await service.run(DELAY, 0, config())).suggestions.map((s) => s.id)).not.toContain(
      'own-mistakes-openly',
    );
    await store.saveSettings({ disabledPrinciples: [] });
    expect((await service.run(DELAY, 0, config())).suggestions.map((s) => s.id)).toContain(
      'own-mistakes-openly',
    );
    expect(vi.mocked(engine.createAnalyzer).mock.calls.length - compiles).toBe(1);
  });

  it('derives the writing context from the host', () => {
    expect(config('mail.google.com').context).toBe('email');
    expect(config('demo.my.salesforce.com').context).toBe('crm');
    expect(config('shop.example.test').context).toBe('any');
    expect(config('shop.example.test').enabled).toBe(false);
    expect(config('mail.google.com').enabled).toBe(true);
  });
});

describe('dismissal fingerprints', () => {
  it('quotes the sentence around the evidence', () => {
    const text = `Hi Anna. ${DELAY} Best regards`;
    const start = text.indexOf('delayed');
    expect(sentenceAround(text, start, start + 7)).toBe(DELAY);
  });

  it('stay the same when the rep types elsewhere, and change when new evidence appears', () => {
    const text = `Hi Anna.\n${DELAY}`;
    const at = text.indexOf('delayed');
    const suggestion = { evidence: [{ start: at, end: at + 7, text: 'delayed' }] };
    const typedMore = `Hi Anna, thanks.\n${DELAY}\nMore soon.`;
    const at2 = typedMore.indexOf('delayed');
    expect(
      dismissalFingerprint(typedMore, {
        evidence: [{ start: at2, end: at2 + 7, text: 'delayed' }],
      }),
    ).toBe(dismissalFingerprint(text, suggestion));
    const extra = `${typedMore}\nThe outage is fixed.`;
    const outage = extra.indexOf('outage');
    const more = {
      evidence: [
        { start: at2, end: at2 + 7, text: 'delayed' },
        { start: outage, end: outage + 6, text: 'outage' },
      ],
    };
    expect(dismissalFingerprint(extra, more)).not.toBe(dismissalFingerprint(text, suggestion));
  });
});
