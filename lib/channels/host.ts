import type { ChannelId } from '../engine/types';

/** SPEC section 4: the channel of a page from its host name. */
export function channelFromHost(host: string): ChannelId | undefined {
  const h = host.toLowerCase().replace(/\.$/, '');
  const is = (domain: string) => h === domain || h.endsWith(`.${domain}`);
  if (is('x.com') || is('twitter.com')) return 'x';
  if (is('facebook.com')) return 'facebook';
  if (is('instagram.com')) return 'instagram';
  return undefined;
}
