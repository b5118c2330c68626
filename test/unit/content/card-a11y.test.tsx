// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { Card } from '../../../content/ui/card/Card';
import type { CardHandlers, CardModel } from '../../../content/ui/card/model';
import { setUiLanguage, t } from '../../../src/ui/i18n';

const noop = () => undefined;
const handlers: CardHandlers = {
  onActivate: noop,
  onInsert: noop,
  onCopy: noop,
  onDismiss: noop,
  onMute: noop,
  onSiteOff: noop,
  onClose: noop,
};

function model(): CardModel {
  const item = (id: string) => ({
    id,
    title: `Title ${id}`,
    why: 'Why it matters.',
    evidence: ['delayed'],
    tryThis: ['One phrasing.', 'Another phrasing.'],
    lang: 'en',
    mutable: true,
  });
  return {
    items: [item('a'), item('b')],
    activeId: 'a',
    statuses: {},
    partial: true,
    hostname: 'demo.my.salesforce.com',
    siteLocked: false,
    theme: 'system',
    uiLang: 'en',
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
    expect(container.querySelector('#maxim-card-count')!.textContent).toBe(
      '2 Prinzipien passen zu diesem Text',
    );
  });
});
