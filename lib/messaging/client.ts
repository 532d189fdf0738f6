import { browser } from 'wxt/browser';
import type { Envelope, MessageType, RequestOf, ResponseOf, Result } from './protocol';

/** Sends a typed request to the background worker. Never throws: failures come back as results. */
export async function send<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<Result<ResponseOf<K>>> {
  const envelope: Envelope<K> = { brandline: 1, type, payload };
  try {
    const reply = (await browser.runtime.sendMessage(envelope)) as Result<ResponseOf<K>> | undefined;
    if (!reply) return { ok: false, error: { code: 'internal', message: `No answer from the background worker to "${type}".` } };
    return reply;
  } catch (error) {
    return { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
  }
}

/** Like send, but throws with the background's message: for UI code that shows errors itself. */
export async function request<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const result = await send(type, payload);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
