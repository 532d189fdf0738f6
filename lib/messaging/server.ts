import type { Browser } from 'wxt/browser';
import { channelFromHost } from '../channels/host';
import { asStorageError } from '../db/errors';
import { isEnvelope, requestSchemas, type ErrorInfo, type Issue, type MessageType, type RequestOf, type ResponseOf, type Result } from './protocol';

type MessageSender = Browser.runtime.MessageSender;

export type Handlers = { [K in MessageType]: (payload: RequestOf<K>, sender: MessageSender) => Promise<ResponseOf<K>> | ResponseOf<K> };

/** A refusal a handler means to send back as it is (not a crash). */
export class HandlerError extends Error {
  constructor(
    readonly code: 'not-found' | 'bad-request' | 'conflict',
    message: string,
    readonly issues?: Issue[],
  ) {
    super(message);
  }
}

function failure(error: ErrorInfo): Result<never> {
  return { ok: false, error };
}

/**
 * What a content script may ask: the plan for its channel, and to open the options page. Content scripts run beside the sites'
 * own code, so the worker grants them only what they use; erasing data, importing or exporting
 * plans and metrics are for Brandline's own pages.
 */
const CONTENT_SCRIPT_TYPES: ReadonlySet<MessageType> = new Set<MessageType>(['ping', 'plans.active', 'options.open']);

/** A content script's messages come with the web page's address; Brandline's pages have their own scheme. */
export function fromWebPage(sender: MessageSender): boolean {
  if (sender.url === undefined) return false;
  try {
    return !new URL(sender.url).protocol.endsWith('-extension:');
  } catch {
    return true;
  }
}

function hostOf(url: string | undefined): string {
  try {
    return new URL(url ?? '').hostname;
  } catch {
    return '';
  }
}

/**
 * Validates and dispatches one incoming message. Only Brandline's own pages and content scripts
 * may talk to the worker: `sender.id` must be this extension's id, and a content script may only
 * send CONTENT_SCRIPT_TYPES.
 */
export async function dispatch(message: unknown, sender: MessageSender, ownId: string, handlers: Handlers): Promise<Result<unknown>> {
  if (sender.id !== ownId) return failure({ code: 'forbidden-sender', message: 'Messages are accepted from Brandline only.' });
  if (!isEnvelope(message)) return failure({ code: 'bad-request', message: 'Not a Brandline message.' });
  const type = message.type as MessageType;
  const schema = Object.hasOwn(requestSchemas, type) ? requestSchemas[type] : undefined;
  if (!schema) return failure({ code: 'unknown-type', message: `Unknown message type "${message.type}".` });
  if (fromWebPage(sender) && !CONTENT_SCRIPT_TYPES.has(type)) {
    return failure({ code: 'forbidden-sender', message: `"${type}" is for Brandline's own pages, not for content scripts.` });
  }
  const parsed = schema.safeParse(message.payload);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 20).map((issue) => ({ path: issue.path.map(String).join('.') || 'payload', message: issue.message }));
    const first = issues[0];
    return failure({ code: 'bad-request', message: `${type}: ${first?.path ?? 'payload'}: ${first?.message ?? 'invalid'}`, issues });
  }
  // A content script gets the plan of the site it runs on, not another channel's (rev23).
  if (type === 'plans.active' && fromWebPage(sender) && channelFromHost(hostOf(sender.url)) !== (parsed.data as unknown as RequestOf<'plans.active'>).channel) {
    return failure({ code: 'forbidden-sender', message: `A content script on ${hostOf(sender.url) || 'this page'} may ask only for its own channel's plan.` });
  }
  try {
    const handler = handlers[type] as (p: unknown, s: MessageSender) => unknown;
    return { ok: true, value: await handler(parsed.data, sender) };
  } catch (error) {
    if (error instanceof HandlerError) return failure({ code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) });
    const storage = asStorageError(error);
    if (storage) return failure({ code: 'storage', message: storage.message, reason: storage.reason });
    return failure({ code: 'internal', message: error instanceof Error ? error.message : String(error) });
  }
}
