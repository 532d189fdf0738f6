import { browser } from 'wxt/browser';
import { dispatch } from '../messaging/server';
import { createHandlers } from './handlers';

/** Wires the message protocol. Returning the promise keeps the channel open for the answer. */
export function setUpMessaging(): void {
  const handlers = createHandlers();
  browser.runtime.onMessage.addListener((message: unknown, sender) => dispatch(message, sender, browser.runtime.id, handlers));
}
