import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { channelFromHost } from '../channels/host';

/** Entry of the content script: finds the channel, then watches for composers. */
export function startComposerChecks(ctx: ContentScriptContext): void {
  const channel = channelFromHost(location.hostname);
  if (!channel || ctx.isInvalid) return;
  document.documentElement.dataset.brandlineChannel = channel;
}
