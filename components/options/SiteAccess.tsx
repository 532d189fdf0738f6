import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CHANNEL_NAMES } from '@/components/shared/channels';
import { useBlockedChannels } from '@/components/shared/use-blocked-channels';
import { CHANNEL_ORIGINS } from '@/lib/channels/site-access';
import type { ChannelId } from '@/lib/engine/types';
import { t } from '@/lib/i18n/t';

/**
 * Says which sites the browser no longer lets Brandline read (the user turned its access off), with
 * a button that asks the browser for it again. Nothing is shown while every site is allowed.
 */
export function SiteAccess() {
  const [blocked, refresh] = useBlockedChannels();
  // Sites allowed again from here: said in words, and the background starts the checks in their
  // tabs already open (lib/background/run-in-open-tabs.ts; the browser would not, QA33 M1).
  const [allowed, setAllowed] = useState<ChannelId[]>([]);
  if (!blocked.length && !allowed.length) return null;
  const allow = async (channel: ChannelId) => {
    // A permission request needs the user's click: this runs in the button's handler.
    const granted = await browser.permissions.request({ origins: [...CHANNEL_ORIGINS[channel]] }).catch(() => false);
    if (granted) setAllowed((list) => (list.includes(channel) ? list : [...list, channel]));
    await refresh();
  };
  return (
    <section class="bl-card bl-site-access" aria-labelledby="site-access-heading" data-blocked={blocked.join(' ')}>
      <h2 id="site-access-heading">{t('options_site_access_title')}</h2>
      <div role="status">
        {allowed
          .filter((channel) => !blocked.includes(channel))
          .map((channel) => (
            <p key={channel} class="bl-notice" data-allowed={channel}>
              {t('options_site_access_allowed', { channel: CHANNEL_NAMES[channel] })}
            </p>
          ))}
      </div>
      {blocked.map((channel) => (
        <p key={channel} class="bl-row">
          <span>{t('options_site_access_blocked', { channel: CHANNEL_NAMES[channel] })}</span>{' '}
          <button type="button" class="bl-button" data-action={`allow-${channel}`} onClick={() => void allow(channel)}>
            {t('options_site_access_allow', { channel: CHANNEL_NAMES[channel] })}
          </button>
        </p>
      ))}
    </section>
  );
}
