/**
 * The one protocol every Brandline part speaks to the background worker.
 * Each message has a zod/mini request schema (the background parses every payload with it)
 * and a response type. Add a message here, then its handler in lib/background/handlers.ts.
 */
import * as z from 'zod/mini';

export const requestSchemas = {
  ping: z.object({}),
} as const;

export interface Responses {
  ping: { version: string; name: 'brandline' };
}

export type MessageType = keyof typeof requestSchemas & keyof Responses;
export type RequestOf<K extends MessageType> = z.infer<(typeof requestSchemas)[K]>;
export type ResponseOf<K extends MessageType> = Responses[K];

export interface Envelope<K extends MessageType = MessageType> {
  brandline: 1;
  type: K;
  payload: RequestOf<K>;
}

export type ErrorCode = 'bad-request' | 'unknown-type' | 'forbidden-sender' | 'not-found' | 'storage' | 'internal';

export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

export function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && (value as { brandline?: unknown }).brandline === 1 &&
    typeof (value as { type?: unknown }).type === 'string';
}
