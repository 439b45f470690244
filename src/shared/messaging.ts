// Sending and receiving over runtime messaging, typed by ProtocolMap.
import { errorLine, messagesOf } from '../core/message';
import { browser, type Runtime } from './browser';
import {
  type Envelope,
  envelope,
  type Handlers,
  isEnvelope,
  type MessageName,
  type Reply,
  type RequestOf,
  type ResponseOf,
  type Target,
  unwrapReply,
} from './protocol';

export async function send<N extends MessageName>(name: N, data: RequestOf<N>): Promise<ResponseOf<N>> {
  const reply: unknown = await browser.runtime.sendMessage(envelope(name, data));
  return unwrapReply<ResponseOf<N>>(name, reply);
}

/**
 * Answers the messages addressed to `target`, and only from this extension's own pages: a message from
 * a web page or another extension is ignored.
 */
export function listen<T extends Target>(target: T, handlers: Handlers<T>): () => void {
  const table = handlers as unknown as Record<string, (data: unknown) => unknown>;
  const listener = (msg: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> | undefined => {
    if (!isEnvelope(msg) || msg.target !== target || sender.id !== browser.runtime.id) return undefined;
    if (sender.url && !sender.url.startsWith(browser.runtime.getURL(''))) return undefined;
    const handler = table[(msg as Envelope).name];
    if (!handler) return undefined;
    return Promise.resolve()
      .then(() => handler(msg.data))
      .then(
        (value): Reply<unknown> => ({ ok: true, value: value ?? null }),
        (error: unknown): Reply<unknown> => {
          const messages = messagesOf(error);
          const text = errorLine(error);
          return messages ? { ok: false, error: text, messages: [...messages] } : { ok: false, error: text };
        },
      );
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
