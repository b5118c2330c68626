import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createRouter } from '../../../src/messaging/router';

interface TestProtocol {
  add: { request: { a: number; b: number }; response: number };
  fail: { request: null; response: null };
}

const sender = {} as Runtime.MessageSender;
const route = createRouter<TestProtocol>({
  add: ({ a, b }) => a + b,
  fail: async () => {
    throw new Error('nope');
  },
});

describe('createRouter', () => {
  it('answers a known message with its handler value', async () => {
    await expect(route({ type: 'add', payload: { a: 2, b: 3 } }, sender)).resolves.toEqual({
      ok: true,
      value: 5,
    });
  });

  it('returns a handler error as a value, not a rejection', async () => {
    await expect(route({ type: 'fail', payload: null }, sender)).resolves.toEqual({
      ok: false,
      error: 'nope',
    });
  });

  it('leaves unknown messages to other listeners', () => {
    expect(route({ type: 'other', payload: null }, sender)).toBeUndefined();
    expect(route('add', sender)).toBeUndefined();
    expect(route(null, sender)).toBeUndefined();
  });
});
