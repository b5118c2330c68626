import { describe, expect, it } from 'vitest';
import { chromiumArgs, FIREFOX_ADDON_UUID, firefoxPrefs } from '../../../scripts/launch.mjs';
import { chromiumHostArgs, firefoxHostPrefs } from '../../../scripts/serve.mjs';

describe('chromiumArgs', () => {
  it('runs in the new headless mode with the extension loaded, alone, and the demo hosts mapped', () => {
    const args = chromiumArgs({ extensionDir: '/x/dist/chrome', locale: 'de' });
    expect(args[0]).toBe('--headless=new');
    expect(args).toContain('--no-sandbox');
    expect(args).toContain('--lang=de');
    expect(args).toContain('--disable-extensions-except=/x/dist/chrome');
    expect(args).toContain('--load-extension=/x/dist/chrome');
    expect(args.slice(-chromiumHostArgs().length)).toEqual(chromiumHostArgs());
  });

  it('leaves out headless, the language and the extension when not asked for', () => {
    const args = chromiumArgs({ headless: false });
    expect(args.some((a) => a.startsWith('--headless'))).toBe(false);
    expect(args.some((a) => a.startsWith('--lang='))).toBe(false);
    expect(args.some((a) => a.includes('extension'))).toBe(false);
    expect(chromiumArgs()[0]).toBe('--headless=new');
  });
});

describe('firefoxPrefs', () => {
  it('maps the demo hosts and fixes the add-on’s internal UUID', () => {
    expect(firefoxPrefs({ addonId: 'maxim@example.test' })).toEqual({
      ...firefoxHostPrefs(),
      'extensions.webextensions.uuids': JSON.stringify({
        'maxim@example.test': FIREFOX_ADDON_UUID,
      }),
    });
  });

  it('adds extra preferences on top, and no UUID without an add-on', () => {
    expect(firefoxPrefs({ extra: { 'network.proxy.type': 5, 'a.b': true } })).toEqual({
      ...firefoxHostPrefs(),
      'network.proxy.type': 5,
      'a.b': true,
    });
  });
});
