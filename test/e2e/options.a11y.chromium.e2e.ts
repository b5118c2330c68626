/**
 * Accessibility of the options page in Chromium, light and dark, English and German: axe-core
 * finds no violation in any section or state (editor with problems shown, a failed import, an
 * expanded principle). Each view is also saved as a screenshot to .screenshots/ for review.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastWeeks, ownPack } from '../../src/settings';
import { PACK_SCHEMA_VERSION, type Principle } from '../../src/data/types';
import { OPTION_SECTIONS, OptionsPage, type AxeViolation } from './options.page';
import { useChromium } from './support/harness';

const SHOTS = resolve(import.meta.dirname, '../../.screenshots');
mkdirSync(SHOTS, { recursive: true });

/** One browser per colour scheme. */
const sessions = {
  light: useChromium({ colorScheme: 'light' }),
  dark: useChromium({ colorScheme: 'dark' }),
};

/** An own principle in both languages, so the lists and the editor have something to show. */
const ownPrinciple: Principle = {
  id: 'name-the-next-step',
  category: 'sales',
  contexts: ['email'],
  source: { type: 'practice', title: 'Team handbook' },
  text: {
    en: {
      title: 'Name the next step',
      summary: 'End with one concrete next step.',
      why: 'A clear step gets done.',
      tryThis: ['I will call you on Friday at 10.'],
    },
    de: {
      title: 'Den nächsten Schritt nennen',
      summary: 'Mit einem konkreten nächsten Schritt enden.',
      why: 'Ein klarer Schritt wird erledigt.',
      tryThis: ['Ich rufe Sie am Freitag um 10 Uhr an.'],
    },
  },
  signals: {
    en: { triggers: [{ match: 'next step' }] },
    de: { triggers: [{ match: 'nächster schritt' }] },
  },
};

const teamPack = {
  schemaVersion: PACK_SCHEMA_VERSION,
  id: 'support-playbook',
  name: 'Support playbook',
  version: '1.2.0',
  description: 'How our support team writes.',
  principles: [{ ...ownPrinciple, id: 'playbook-greeting', category: 'service' as const }],
};

/** Realistic data: an own principle, an imported pack, statistics, sites. */
async function seed(options: OptionsPage, lang: 'en' | 'de'): Promise<void> {
  await options.store('local', {
    userPacks: [teamPack, ownPack([ownPrinciple])],
    stats: {
      'own-mistakes-openly': { shown: 14, inserted: 3, copied: 2, dismissed: 1 },
      'trust-your-team': { shown: 5, inserted: 0, copied: 1, dismissed: 2 },
    },
    // Weeks with a habit changing: fewer delays owned up to late, more phrasings used.
    statWeeks: Object.fromEntries(
      lastWeeks(Date.now(), 6).map((week, i) => [
        week,
        {
          'own-mistakes-openly': { shown: 8 - i, inserted: i, copied: 1, dismissed: i % 2 },
          'trust-your-team': { shown: 2, inserted: 0, copied: i % 3, dismissed: 1 },
        },
      ]),
    ),
    dismissals: [
      { fingerprint: 'a1b2', principleId: 'trust-your-team', at: Date.now() - 86_400_000 },
      {
        fingerprint: 'c3d4',
        principleId: 'own-mistakes-openly',
        at: Date.now() - 3_600_000,
        site: 'mail.google.com',
      },
    ],
  });
  await options.store('sync', {
    uiLanguage: lang,
    sitesOn: ['crm.acme.example'],
    sitesOff: ['mail.google.com'],
    disabledPrinciples: ['loud-few-not-many'],
    principleSensitivity: { 'trust-your-team': 0.7 },
  });
}

/** The views checked besides the plain sections: name, and how to get there. */
const STATES: [string, (o: OptionsPage) => Promise<void>][] = [
  [
    'principles-adjust',
    async (o) => {
      await o.show('principles');
      await o.page.locator('[data-principle="trust-your-team"] .principle__adjust').click();
      await o.page.locator('#p-trust-your-team-details').waitFor();
    },
  ],
  [
    'editor',
    async (o) => {
      await o.show('my-principles');
      await o.page.locator('.own-list .mx-button').first().click();
      await o.page.locator('#f-id').fill('Not Valid');
      await o.page
        .locator('#try-editor-text')
        .fill('Our next step: I will send the contract today.');
      await o.page.locator('.editor__state--invalid').waitFor();
    },
  ],
  [
    'import-error',
    async (o) => {
      await o.show('packs');
      const broken = JSON.stringify({
        schemaVersion: 1,
        id: 'x',
        name: '',
        version: '1',
        principles: [],
      });
      await o.page.setInputFiles('#pack-file', {
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from(broken),
      });
      await o.page.locator('.import-errors').waitFor();
    },
  ],
  [
    'try-result',
    async (o) => {
      await o.show('try');
      await o.page
        .locator('#try-all-text')
        .fill(
          'Unfortunately your delivery is delayed by two weeks because of problems at our supplier.',
        );
      await o.page.locator('[data-testid="try-all-result"] .try__item').first().waitFor();
    },
  ],
  [
    'simple-form',
    async (o) => {
      await o.show('my-principles');
      await o.page.locator('.actions .mx-button--primary').first().click();
      await o.page.locator('#s-title').fill('Offer a call back');
      await o.page.locator('.simple button[type="submit"]').click();
      await o.page.locator('.simple .field-errors').first().waitFor();
    },
  ],
  [
    'settings-import',
    async (o) => {
      await o.show('privacy');
      const file = {
        format: 'maxim-settings',
        schemaVersion: 1,
        settings: { sensitivity: 0.9, theme: 'dark' },
        packs: [],
      };
      await o.page.setInputFiles('#settings-file', {
        name: 'maxim-settings.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(file)),
      });
      await o.page.locator('#settings-preview-title').waitFor();
    },
  ],
  [
    'insights-numbers',
    async (o) => {
      await o.show('privacy');
      await o.page.locator('.insights__numbers summary').click();
      await o.page.locator('.insights__numbers table').waitFor();
    },
  ],
];

/** Checks every section and state in one theme and language; returns the violations by view. */
async function audit(
  theme: 'light' | 'dark',
  lang: 'en' | 'de',
): Promise<Record<string, AxeViolation[]>> {
  const options = await OptionsPage.open(sessions[theme], 'principles');
  await seed(options, lang);
  await options.page.reload();
  await options.page.locator('#principles-title').waitFor();
  const found: Record<string, AxeViolation[]> = {};
  const check = async (view: string) => {
    await options.page.waitForTimeout(150); // let transitions end before the screenshot
    await options.page.screenshot({
      path: resolve(SHOTS, `options-${view}-${theme}-${lang}.png`),
      fullPage: true,
    });
    const violations = await options.axe();
    if (violations.length > 0) found[view] = violations;
  };
  for (const section of OPTION_SECTIONS) {
    await options.show(section);
    await check(section);
  }
  for (const [view, reach] of STATES) {
    await reach(options);
    await check(view);
  }
  expect(options.errors).toEqual([]);
  await options.page.close();
  return found;
}

describe('options page accessibility (axe-core)', () => {
  it.each([
    ['light', 'en'],
    ['light', 'de'],
    ['dark', 'en'],
    ['dark', 'de'],
  ] as const)('has no violations in %s theme, %s', async (theme, lang) => {
    expect(await audit(theme, lang)).toEqual({});
  });
});
