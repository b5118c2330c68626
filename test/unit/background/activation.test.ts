/**
 * Starting Maxim in a frame on demand: where it is on, the content script goes into that frame only;
 * focus moving into a frame puts the bootstrap into every frame of the tab where the tab's page is on.
 */
import type { Runtime, Scripting } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import {
  createActivation,
  createFrameActivation,
  senderHostname,
} from '../../../src/background/activation';
import { CONTENT_SCRIPT_FILE, ON_DEMAND_FILE } from '../../../src/background/files';
import { defaultSettings, effectiveSettings } from '../../../src/settings';

function activation(settings = defaultSettings(), create = createActivation) {
  const injections: Scripting.ScriptInjection[] = [];
  const start = create({
    loadState: async () => ({ effective: effectiveSettings(settings) }),
    executeScript: async (injection) => {
      injections.push(injection);
      return [];
    },
  });
  return { start, injections };
}

const frame = (url: string, extra: Partial<Runtime.MessageSender> = {}): Runtime.MessageSender => ({
  url,
  frameId: 3,
  tab: {
    id: 7,
    url: 'https://mail.google.com/mail/u/0/',
    index: 0,
    highlighted: false,
    active: true,
    pinned: false,
    incognito: false,
  },
  ...extra,
});

describe('starting Maxim in a frame', () => {
  it('injects the content script into the asking frame on a known host', async () => {
    const { start, injections } = activation();
    expect(await start(frame('https://mail.google.com/mail/u/0/'))).toEqual({ started: true });
    expect(injections).toEqual([{ target: { tabId: 7, frameIds: [3] }, files: [ON_DEMAND_FILE] }]);
  });

  it('injects nothing where Maxim is off: a site turned off, or everywhere', async () => {
    const off = defaultSettings();
    off.sitesOff = ['mail.google.com'];
    const a = activation(off);
    expect(await a.start(frame('https://mail.google.com/'))).toEqual({ started: false });
    const paused = defaultSettings();
    paused.enabled = false;
    const b = activation(paused);
    expect(await b.start(frame('https://mail.google.com/'))).toEqual({ started: false });
    const c = activation();
    expect(await c.start(frame('https://shop.example.test/'))).toEqual({ started: false });
    expect([...a.injections, ...b.injections, ...c.injections]).toEqual([]);
  });

  it('takes the site of an about:blank frame from its origin, else from the tab', () => {
    expect(
      senderHostname(
        frame('about:blank', {
          origin: 'https://demo.my.salesforce.com',
        } as Partial<Runtime.MessageSender>),
      ),
    ).toBe('demo.my.salesforce.com');
    expect(senderHostname(frame('about:srcdoc'))).toBe('mail.google.com');
    expect(senderHostname({ url: 'about:blank' })).toBeNull();
  });

  it('ignores a message that comes from no tab', async () => {
    const { start, injections } = activation();
    expect(await start({ url: 'https://mail.google.com/' })).toEqual({ started: false });
    expect(injections).toEqual([]);
  });
});

describe('starting the bootstrap in the frames of a tab', () => {
  const frames = (settings?: ReturnType<typeof defaultSettings>) =>
    activation(settings, createFrameActivation);

  it('injects the bootstrap into every frame of the tab when its page is on', async () => {
    const { start, injections } = frames();
    const top = frame('https://mail.google.com/mail/u/0/', { frameId: 0 });
    expect(await start(top)).toEqual({ started: true });
    expect(injections).toEqual([
      { target: { tabId: 7, allFrames: true }, files: [CONTENT_SCRIPT_FILE] },
    ]);
  });

  it("asked from a frame, goes by the tab's page, not by the frame's site", async () => {
    const a = frames();
    expect(await a.start(frame('https://shop.example.test/widget'))).toEqual({ started: true });
    const off = defaultSettings();
    off.sitesOff = ['mail.google.com'];
    const b = frames(off);
    expect(await b.start(frame('https://mail.google.com/frame'))).toEqual({ started: false });
    expect(b.injections).toEqual([]);
  });

  it('injects nothing where the page is off, paused or not turned on', async () => {
    const off = defaultSettings();
    off.sitesOff = ['mail.google.com'];
    const paused = defaultSettings();
    paused.enabled = false;
    const top = { frameId: 0 };
    const a = frames(off);
    const b = frames(paused);
    const c = frames();
    expect(await a.start(frame('https://mail.google.com/', top))).toEqual({ started: false });
    expect(await b.start(frame('https://mail.google.com/', top))).toEqual({ started: false });
    const shop = frame('https://shop.example.test/', {
      ...top,
      tab: { ...frame('').tab!, url: 'https://shop.example.test/' },
    });
    expect(await c.start(shop)).toEqual({ started: false });
    expect(await c.start({ url: 'https://mail.google.com/', frameId: 0 })).toEqual({
      started: false,
    });
    expect([...a.injections, ...b.injections, ...c.injections]).toEqual([]);
  });
});
