import type { Browser } from 'wxt/browser';
type MessageSender = Browser.runtime.MessageSender;
import { isEnvelope, requestSchemas, type MessageType, type RequestOf, type ResponseOf, type Result } from './protocol';

export type Handlers = { [K in MessageType]: (payload: RequestOf<K>, sender: MessageSender) => Promise<ResponseOf<K>> | ResponseOf<K> };

export class HandlerError extends Error {
  constructor(readonly code: 'not-found' | 'storage' | 'bad-request', message: string) {
    super(message);
  }
}

/**
 * Validates and dispatches one incoming message. Only Brandline's own pages and content scripts
 * may talk to the worker: `sender.id` must be this extension's id.
 */
export async function dispatch(message: unknown, sender: MessageSender, ownId: string, handlers: Handlers): Promise<Result<unknown>> {
  if (sender.id !== ownId) return { ok: false, error: { code: 'forbidden-sender', message: 'Messages are accepted from Brandline only.' } };
  if (!isEnvelope(message)) return { ok: false, error: { code: 'bad-request', message: 'Not a Brandline message.' } };
  const type = message.type as MessageType;
  const schema = requestSchemas[type];
  if (!schema) return { ok: false, error: { code: 'unknown-type', message: `Unknown message type "${message.type}".` } };
  const parsed = schema.safeParse(message.payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length ? issue.path.join('.') : 'payload';
    return { ok: false, error: { code: 'bad-request', message: `${type}: ${where}: ${issue?.message ?? 'invalid'}` } };
  }
  try {
    const handler = handlers[type] as (p: unknown, s: MessageSender) => unknown;
    return { ok: true, value: await handler(parsed.data, sender) };
  } catch (error) {
    if (error instanceof HandlerError) return { ok: false, error: { code: error.code, message: error.message } };
    const text = error instanceof Error ? error.message : String(error);
    const code = /quota/i.test(text) ? 'storage' : 'internal';
    return { ok: false, error: { code, message: text } };
  }
}
