import { describe, expect, it } from 'vitest';
import { channelFromHost } from '@/lib/channels/host';

describe('channelFromHost (SPEC section 4)', () => {
  it.each([
    ['x.com', 'x'],
    ['twitter.com', 'x'],
    ['mobile.twitter.com', 'x'],
    ['www.facebook.com', 'facebook'],
    ['m.facebook.com', 'facebook'],
    ['facebook.com', 'facebook'],
    ['www.instagram.com', 'instagram'],
    ['WWW.INSTAGRAM.COM', 'instagram'],
  ])('%s → %s', (host, channel) => expect(channelFromHost(host)).toBe(channel));

  it.each(['notx.com', 'facebook.com.evil.example', 'example.com', 'instagram.co', ''])('%s → none', (host) =>
    expect(channelFromHost(host)).toBeUndefined(),
  );
});
