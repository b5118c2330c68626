/**
 * Team deployment for real: an enterprise policy file in /etc/chromium/policies/managed (read by
 * Chromium on Linux, headless too) reaches storage.managed of the extension with the stable id,
 * and the options page and the inline suggestions follow it. The policy file exists only while
 * this suite runs; it is removed in afterAll whatever happens, as it would affect other suites.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corePack } from '../../src/data/principles';
import { PACK_SCHEMA_VERSION, type Pack } from '../../src/data/types';
import { analyze } from '../../src/engine';
import { browserPath } from '../../scripts/browsers.mjs';
import { CHROME_EXTENSION_ID } from '../../vite.config';
import { OptionsPage } from './options.page';
import { DEMO_HOSTS, useChromium } from './support/harness';
import { MaximUi } from './support/maxim-ui';
import { eventually } from './support/scenarios';

/** Where the browser reads mandatory policies on Linux: Chromium and Google Chrome differ. */
const POLICY_DIR = browserPath('chromium').includes('google-chrome')
  ? '/etc/opt/chrome/policies/managed'
  : '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/maxim-e2e-policy.json`;

const LOCKED_OFF = 'trust-your-team';
const POLICY_SITE = 'crm.example.test';

/** The team's pack: one principle that fires on a word no other principle knows. */
const teamPack: Pack = {
  schemaVersion: PACK_SCHEMA_VERSION,
  id: 'acme-service-rules',
  name: 'ACME service rules',
  version: '2.1.0',
  principles: [
    {
      id: 'acme-name-the-ticket',
      category: 'service',
      contexts: ['any'],
      source: { type: 'practice', title: 'ACME support handbook' },
      text: {
        en: {
          title: 'Name the ticket number',
          summary: 'Quote the ticket number in every reply about a case.',
          why: 'The customer and the next colleague find the case at once.',
          tryThis: ['Your case is ticket ACME-1234.'],
        },
      },
      signals: { en: { triggers: [{ match: 'zebrafinch', weight: 2 }] } },
    },
  ],
};

/** A draft that brings up the locked-off principle without the policy, and the team's principle. */
const DRAFT = `${corePack.principles.find((p) => p.id === LOCKED_OFF)?.examples?.en?.positive[1] ?? ''} The zebrafinch case is open.`;

/** The policy as an administrator writes it (Chrome: 3rdparty → extensions → id; packs as JSON text). */
const policy = {
  '3rdparty': {
    extensions: {
      [CHROME_EXTENSION_ID]: {
        lockedOff: [LOCKED_OFF],
        packs: [JSON.stringify(teamPack)],
        sitesOn: [POLICY_SITE],
      },
    },
  },
};

const errors: string[] = [];

const session = useChromium({
  beforeLaunch() {
    try {
      mkdirSync(POLICY_DIR, { recursive: true });
      writeFileSync(POLICY_FILE, JSON.stringify(policy, null, 2));
    } catch (error) {
      throw new Error(
        `This suite deploys a real browser policy and must write ${POLICY_FILE} (as root, as CI runs): ${String(error)}`,
      );
    }
  },
  afterClose() {
    rmSync(POLICY_FILE, { force: true });
  },
});

describe('managed policy in Chromium', () => {
  it('delivers the policy to storage.managed of the extension', async () => {
    const options = await OptionsPage.open(session, 'principles');
    const managed = await options.storage('managed');
    expect(managed).toEqual({
      lockedOff: [LOCKED_OFF],
      packs: [JSON.stringify(teamPack)],
      sitesOn: [POLICY_SITE],
    });
    await options.page.close();
  });

  it('shows the locked principle as locked, with the reason, and off', async () => {
    const options = await OptionsPage.open(session, 'principles');
    await expect
      .poll(() => options.page.locator('.mx-notice--info').first().textContent())
      .toContain('Your organisation manages some of these settings');
    const row = options.principleRow(LOCKED_OFF);
    await expect
      .poll(() => row.locator('.mx-lock-badge').textContent())
      .toBe("Set by your organisation's policy");
    expect(await options.principleSwitch(LOCKED_OFF).isDisabled()).toBe(true);
    expect(await options.principleSwitch(LOCKED_OFF).getAttribute('aria-checked')).toBe('false');
    // The team's principle is listed as one of the team's.
    expect(
      await options.principleRow('acme-name-the-ticket').locator('.tag--managed').textContent(),
    ).toBe('Team');
    errors.push(...options.errors);
    await options.page.close();
  });

  it('shows the team pack as present and locked, and the site as set by policy', async () => {
    const options = await OptionsPage.open(session, 'packs');
    const pack = options.page.locator(`[data-pack="${teamPack.id}"]`);
    await pack.waitFor();
    expect(await pack.textContent()).toContain('ACME service rules');
    expect(await pack.textContent()).toContain('version 2.1.0');
    expect(await pack.locator('.mx-lock-badge').textContent()).toBe(
      "Set by your organisation's policy",
    );
    expect(await pack.getByRole('button', { name: /Remove/ }).count()).toBe(0);

    await options.show('sites');
    const sites = options.page.getByRole('list', { name: 'Sites set by your organisation' });
    expect(await sites.textContent()).toContain(POLICY_SITE);
    expect(await sites.locator('.mx-lock-badge').count()).toBe(1);
    expect(await sites.getByRole('button').count()).toBe(0);
    // The service worker treats the site as kept on by the policy.
    const state = await options.page.evaluate(
      (url) =>
        (
          globalThis as unknown as {
            chrome: {
              runtime: { sendMessage(m: unknown): Promise<{ value: { lockedOn: boolean } }> };
            };
          }
        ).chrome.runtime.sendMessage({ type: 'getSiteState', payload: { url } }),
      `https://${POLICY_SITE}/`,
    );
    expect(state.value.lockedOn).toBe(true);
    errors.push(...options.errors);
    await options.page.close();
  });

  it('the locked-off principle does not fire on a demo page, while the team pack does', async () => {
    // Without the policy the draft brings up the locked principle: the engine says so.
    expect(analyze(DRAFT, { packs: [corePack] }).suggestions.map((s) => s.id)).toContain(
      LOCKED_OFF,
    );
    const page = await session.context.newPage();
    await page.goto(session.server.url(DEMO_HOSTS.crm, '/demo/crm.html'));
    await page.click('#notes');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(DRAFT);
    const ui = await MaximUi.on(page);
    const listed = async () => {
      if (!(await ui.card())) {
        const badge = await ui.badge();
        if (badge) await ui.click(badge);
      }
      return ui.cardPrinciples();
    };
    expect(await eventually(async () => (await listed()).includes('acme-name-the-ticket'))).toBe(
      true,
    );
    expect(await listed()).not.toContain(LOCKED_OFF);
    await ui.detach();
    await page.close();
  });

  it('made no network request and logged no error', () => {
    expect(session.requests.offMachine(session.server.port)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    expect(errors).toEqual([]);
  });
});
