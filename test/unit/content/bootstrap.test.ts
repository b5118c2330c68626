// @vitest-environment happy-dom
/** The bootstrap: it asks the worker to start Maxim once a prose field takes focus, and then goes. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bootstrap, followFocusIntoFrames } from '../../../content/bootstrap';

function fakeApi(answer: (n: number) => unknown) {
  const sent: unknown[] = [];
  const settingsListeners = new Set<() => void>();
  return {
    sent,
    changeSettings: () => settingsListeners.forEach((l) => l()),
    listeners: settingsListeners,
    api: {
      runtime: {
        sendMessage: vi.fn(async (message: unknown) => {
          sent.push(message);
          return answer(sent.length);
        }),
      },
      storage: {
        onChanged: {
          addListener: (l: () => void) => settingsListeners.add(l),
          removeListener: (l: () => void) => settingsListeners.delete(l),
        },
      },
    },
  };
}
const yes = { ok: true, value: { started: true } };
const no = { ok: true, value: { started: false } };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  document.body.innerHTML =
    '<textarea id="notes"></textarea><input id="to" type="email"><div id="rich" contenteditable="true"><p>Hi</p></div><button id="b">x</button><iframe id="f"></iframe>';
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('the bootstrap', () => {
  it('asks nothing until a prose field takes focus, then asks once and stops listening', async () => {
    const fake = fakeApi(() => yes);
    bootstrap(document, fake.api);
    (document.getElementById('b') as HTMLElement).focus();
    (document.getElementById('to') as HTMLElement).focus();
    await settle();
    expect(fake.sent).toEqual([]);
    (document.getElementById('notes') as HTMLElement).focus();
    await settle();
    expect(fake.sent).toEqual([{ type: 'startHere', payload: null }]);
    (document.getElementById('rich') as HTMLElement).focus();
    await settle();
    expect(fake.sent).toHaveLength(1);
    expect(fake.listeners.size).toBe(0);
  });

  it('asks at once when a field already has focus', async () => {
    (document.getElementById('rich') as HTMLElement).focus();
    const fake = fakeApi(() => yes);
    bootstrap(document, fake.api);
    await settle();
    expect(fake.sent).toHaveLength(1);
  });

  it('stays quiet where Maxim is off until the settings change, then asks again', async () => {
    const fake = fakeApi((n) => (n === 1 ? no : yes));
    bootstrap(document, fake.api);
    (document.getElementById('notes') as HTMLElement).focus();
    await settle();
    (document.getElementById('b') as HTMLElement).focus();
    (document.getElementById('notes') as HTMLElement).focus();
    await settle();
    expect(fake.sent).toHaveLength(1);
    fake.changeSettings();
    await settle();
    expect(fake.sent).toHaveLength(2);
  });

  it('asks again on a later focus when no worker answered', async () => {
    const fake = fakeApi((n) => {
      if (n === 1) throw new Error('Could not establish connection');
      return yes;
    });
    bootstrap(document, fake.api);
    (document.getElementById('notes') as HTMLElement).focus();
    await settle();
    (document.getElementById('b') as HTMLElement).focus();
    (document.getElementById('notes') as HTMLElement).focus();
    await settle();
    expect(fake.sent).toHaveLength(2);
  });
});

describe('the bootstrap following focus into frames', () => {
  const startFrames = { type: 'startFrames', payload: null };
  /** Focus moves into the frame: the frame becomes the active element and the window blurs. */
  const intoFrame = () => {
    const frame = document.getElementById('f') as HTMLIFrameElement;
    frame.tabIndex = 0;
    frame.focus();
    window.dispatchEvent(new FocusEvent('blur'));
  };

  it('asks for the frames when focus moves from the top frame into a frame, each time', async () => {
    const fake = fakeApi(() => yes);
    followFocusIntoFrames(document, fake.api, true);
    (document.getElementById('notes') as HTMLElement).focus();
    (document.getElementById('b') as HTMLElement).focus();
    window.dispatchEvent(new FocusEvent('blur'));
    await settle();
    expect(fake.sent).toEqual([]);
    expect(document.activeElement?.id).toBe('b');
    intoFrame();
    await settle();
    expect(fake.sent).toEqual([startFrames]);
    (document.getElementById('b') as HTMLElement).focus();
    intoFrame();
    await settle();
    expect(fake.sent).toEqual([startFrames, startFrames]);
  });

  it('asks at once when focus is already in a frame', async () => {
    (document.getElementById('f') as HTMLIFrameElement).tabIndex = 0;
    (document.getElementById('f') as HTMLElement).focus();
    const fake = fakeApi(() => yes);
    followFocusIntoFrames(document, fake.api, true);
    await settle();
    expect(fake.sent).toEqual([startFrames]);
  });

  it('in a frame, asks whenever focus leaves the frame (for a sibling frame the top does not see)', async () => {
    const fake = fakeApi(() => yes);
    followFocusIntoFrames(document, fake.api, false);
    (document.getElementById('notes') as HTMLElement).focus();
    (document.getElementById('b') as HTMLElement).focus();
    await settle();
    expect(fake.sent).toEqual([]);
    window.dispatchEvent(new FocusEvent('blur'));
    await settle();
    expect(fake.sent).toEqual([startFrames]);
  });

  it('where the page is off, asks again when the settings change while focus is in a frame', async () => {
    const fake = fakeApi((n) => (n === 1 ? no : yes));
    followFocusIntoFrames(document, fake.api, true);
    intoFrame();
    await settle();
    expect(fake.sent).toHaveLength(1);
    expect(fake.listeners.size).toBe(1);
    fake.changeSettings();
    await settle();
    expect(fake.sent).toHaveLength(2);
    expect(fake.listeners.size).toBe(0);
  });

  it('asks once while a request is out', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const fake = fakeApi(() => new Promise((resolve) => (answer = resolve)));
    followFocusIntoFrames(document, fake.api, false);
    window.dispatchEvent(new FocusEvent('blur'));
    window.dispatchEvent(new FocusEvent('blur'));
    await settle();
    expect(fake.sent).toHaveLength(1);
    answer(yes);
    await settle();
    window.dispatchEvent(new FocusEvent('blur'));
    await settle();
    expect(fake.sent).toHaveLength(2);
  });
});
