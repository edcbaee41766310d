import { browser } from 'wxt/browser';
import type { Message, MessageName, Reply, RequestOf, ResponseOf } from './messages';

/** Sender context passed to handlers (the tab for content-script messages). */
export interface HandlerContext {
  tabId?: number;
  url?: string;
}

/** One async handler per message name. */
export type HandlerMap = {
  [K in MessageName]: (payload: RequestOf<K>, context: HandlerContext) => Promise<ResponseOf<K>>;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Whether a runtime message has the wire shape of a message the handler map knows. */
export function isMessage(value: unknown, handlers: HandlerMap): value is Message {
  return isRecord(value) && typeof value.type === 'string' && Object.hasOwn(handlers, value.type) && 'payload' in value;
}

// The reply crossed a structured-clone boundary from our own handler map, so its value has the handler's type.
function isReply<T>(value: unknown): value is Reply<T> {
  return isRecord(value) && typeof value.ok === 'boolean';
}

/** Run the handler for one message; failures become an error reply instead of a rejected promise. */
export async function dispatch<K extends MessageName>(
  handlers: HandlerMap,
  message: Message<K>,
  context: HandlerContext,
): Promise<Reply<ResponseOf<K>>> {
  try {
    const handler: (payload: RequestOf<K>, context: HandlerContext) => Promise<ResponseOf<K>> = handlers[message.type];
    return { ok: true, value: await handler(message.payload, context) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Send a typed message to the background and unwrap its reply (throws the handler's error). */
export async function sendMessage<K extends MessageName>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const reply: unknown = await browser.runtime.sendMessage({ type, payload });
  if (!isReply<ResponseOf<K>>(reply)) throw new Error(`No reply to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
