import type { ChannelId } from '../engine/types';

/**
 * The pages of each channel the content script runs on (the manifest's matches, lib/content/
 * site-matches.ts). A browser lets the user turn off an extension's access to a site (Firefox:
 * about:addons → Permissions; Chrome: "Site access"); Brandline then does nothing there, and the
 * options page says so (QA21).
 */
export const CHANNEL_ORIGINS: Readonly<Record<ChannelId, readonly string[]>> = {
  x: ['https://x.com/*', 'https://twitter.com/*'],
  facebook: ['https://*.facebook.com/*'],
  instagram: ['https://*.instagram.com/*'],
};

interface PermissionsLike {
  contains(permissions: { origins: string[] }): Promise<boolean>;
}

/**
 * The channels whose pages Brandline may not read now, in x, facebook, instagram order. A channel
 * is blocked when its own site is (x.com for X): twitter.com only sends the browser on to x.com,
 * so with it alone turned off drafts are still checked, and "X is blocked" was wrong (QA33 L2).
 * "Allow" asks for every host of the channel again.
 */
export async function blockedChannels(permissions: PermissionsLike): Promise<ChannelId[]> {
  const entries = Object.entries(CHANNEL_ORIGINS) as [ChannelId, readonly string[]][];
  // A browser (or a test's fake) that cannot answer, even by throwing, is not reported as blocking.
  const allowed = await Promise.all(entries.map(([, origins]) => Promise.resolve().then(() => permissions.contains({ origins: [origins[0]!] })).catch(() => true)));
  return entries.filter((_, i) => !allowed[i]).map(([channel]) => channel);
}
