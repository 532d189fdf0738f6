import { browser } from 'wxt/browser';
import { dispatch } from '../messaging/server';
import { createHandlers } from './handlers';
import { BackgroundStore } from './store';

/** Wires the message protocol. Returning the promise keeps the channel open for the answer. */
export function setUpMessaging(store = new BackgroundStore()): void {
  const handlers = createHandlers(store);
  browser.runtime.onMessage.addListener((message: unknown, sender) => dispatch(message, sender, browser.runtime.id, handlers));
}
