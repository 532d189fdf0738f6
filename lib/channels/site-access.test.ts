import { describe, expect, it } from 'vitest';
import { SITE_MATCHES } from '../content/site-matches';
import { CHANNEL_ORIGINS, blockedChannels } from './site-access';

describe('site access', () => {
  it('covers exactly the pages the content script runs on', () => {
    expect(Object.values(CHANNEL_ORIGINS).flat().sort()).toEqual([...SITE_MATCHES].sort());
  });

  it('names the channels whose pages the browser no longer lets Brandline read', async () => {
    const granted = new Set(['https://twitter.com/*', 'https://*.facebook.com/*', 'https://*.instagram.com/*']);
    const permissions = { contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)) };
    // x.com was turned off: X is blocked (twitter.com only redirects there).
    expect(await blockedChannels(permissions)).toEqual(['x']);
    granted.add('https://x.com/*');
    expect(await blockedChannels(permissions)).toEqual([]);
    // twitter.com alone turned off: drafts on x.com are still checked (QA33 L2).
    granted.delete('https://twitter.com/*');
    expect(await blockedChannels(permissions)).toEqual([]);
    granted.delete('https://*.instagram.com/*');
    expect(await blockedChannels(permissions)).toEqual(['instagram']);
    // A browser that cannot answer is not reported as blocking.
    expect(await blockedChannels({ contains: () => Promise.reject(new Error('no')) })).toEqual([]);
    expect(await blockedChannels({ contains: () => { throw new Error('not implemented'); } })).toEqual([]);
  });
});
