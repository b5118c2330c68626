// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { Card } from '../../../content/ui/card/Card';
import type { CardModel } from '../../../content/ui/card/model';
import { setUiLanguage, t } from '../../../src/ui/i18n';
import { noopHandlers } from './card-handlers';

const handlers = noopHandlers;

function model(): CardModel {
  const item = (id: string) => ({
    id,
    title: `Title ${id}`,
    summary: 'What it asks.',
    why: 'Why it matters.',
    evidence: ['delayed'],
    phrasings: [
      { template: 'It now ships on {new date}.', audience: 'customer' as const },
      { template: 'Another phrasing.', audience: 'customer' as const },
    ],
    sentence: { start: 0, end: 20, text: 'The order is delayed.' },
    lang: 'en',
    mutable: true,
  });
  return {
    items: [item('a'), item('b'), { ...item('c'), done: ['that is on us'] }],
    activeId: 'a',
    statuses: {},
    partial: true,
    hostname: 'demo.my.salesforce.com',
    siteLocked: false,
    theme: 'system',
    uiLang: 'en',
    greetingName: null,
    toast: { text: 'Dismissed for this text.', undo: () => undefined },
  };
}

afterEach(() => {
  cleanup();
  setUiLanguage('en');
});

describe('the card for assistive technology', () => {
  it('has no axe violations (rules that need no layout)', async () => {
    const { container } = render(
      <main>
        <Card model={model()} handlers={handlers} t={t} />
      </main>,
    );
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`),
    ).toEqual([]);
  });

  it('speaks the interface language the rep chose', () => {
    setUiLanguage('de');
    const { container } = render(<Card model={model()} handlers={handlers} t={t} />);
    expect(container.querySelector('[role="dialog"]')!.getAttribute('aria-label')).toBe(
      'Maxim: Prinzipien zu diesem Text',
    );
    expect(container.querySelector('[data-action="insert"]')!.textContent).toBe('Einfügen');
    expect(container.querySelector('#maxim-card-count')!.textContent).toBe('1 von 3 erledigt');
  });
});
