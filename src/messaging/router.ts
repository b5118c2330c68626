/** Builds a runtime.onMessage listener from a complete, typed table of handlers. */
import type { Runtime } from 'webextension-polyfill';
import { isEnvelope, type Reply, type RequestOf, type ResponseOf } from './protocol';

/** One handler per message name of protocol P; a missing name is a compile error. */
export type Handlers<P> = {
  [K in keyof P]: (
    payload: RequestOf<P, K>,
    sender: Runtime.MessageSender,
  ) => Promise<ResponseOf<P, K>> | ResponseOf<P, K>;
};

/**
 * Returns a listener that answers messages of protocol P with a Reply and ignores everything else
 * (returning undefined lets other listeners answer).
 */
export function createRouter<P>(handlers: Handlers<P>) {
  const names = Object.keys(handlers) as (keyof P)[];
  return (message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> | undefined => {
    if (!isEnvelope<P>(message, names)) return undefined;
    const handler = handlers[message.type] as (p: unknown, s: Runtime.MessageSender) => unknown;
    return Promise.resolve()
      .then(() => handler(message.payload, sender))
      .then(
        (value): Reply<unknown> => ({ ok: true, value: value ?? null }),
        (error: unknown): Reply<unknown> => ({
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        }),
      );
  };
}
