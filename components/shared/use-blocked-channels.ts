import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { blockedChannels } from '@/lib/channels/site-access';
import type { ChannelId } from '@/lib/engine/types';

/**
 * The channels whose sites the browser does not let Brandline read now (lib/channels/site-access.ts),
 * looked at again when the page gets the focus and when permissions change; and a function that
 * looks again at once.
 */
export function useBlockedChannels(): [ChannelId[], () => Promise<void>] {
  const [blocked, setBlocked] = useState<ChannelId[]>([]);
  const refresh = async () => setBlocked(await blockedChannels(browser.permissions));
  useEffect(() => {
    const check = () => void refresh().catch(() => undefined);
    check();
    // The setting lives in the browser's own pages: look again when the user comes back.
    window.addEventListener('focus', check);
    // Both events where the browser has them (a fake browser in tests may not).
    const events = [browser.permissions?.onAdded, browser.permissions?.onRemoved].filter((event) => {
      try {
        event?.addListener(check);
        return !!event;
      } catch {
        return false;
      }
    });
    return () => {
      window.removeEventListener('focus', check);
      for (const event of events) event!.removeListener(check);
    };
  }, []);
  return [blocked, refresh];
}
