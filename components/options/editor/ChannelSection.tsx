import { CHANNEL_LIMITS } from '@/lib/channels/limits';
import type { ChannelId } from '@/lib/engine/types';
import { t } from '@/lib/i18n/t';
import { CHANNEL_NAMES } from '@/components/shared/channels';
import { formatNumber } from '@/components/shared/format';
import { PlanCheck, PlanList, PlanNumber, PlanText } from './bound-fields';

/** The rules of one channel (SPEC section 2, ChannelRules). Empty fields use the defaults. */
export function ChannelSection({ channel }: { channel: ChannelId }) {
  const base = ['channels', channel] as const;
  const limits = CHANNEL_LIMITS[channel];
  const headingId = `plan-channel-${channel}-heading`;
  return (
    <section class="bl-card" aria-labelledby={headingId}>
      <h4 id={headingId}>{CHANNEL_NAMES[channel]}</h4>
      <PlanCheck path={[...base, 'enabled']} label={t('options_f_enabled', { channel: CHANNEL_NAMES[channel] })} defaultValue />
      <div class="bl-grid">
        <PlanNumber
          path={[...base, 'maxLength']}
          label={t('options_f_max_length')}
          hint={t('options_f_max_length_hint', { limit: formatNumber(limits.maxLength.post) })}
          step={1}
          min={1}
          max={limits.maxLength.post}
          placeholder={String(limits.maxLength.post)}
        />
        <PlanNumber path={[...base, 'hashtags', 'min']} label={t('options_f_hashtags_min')} step={1} min={0} />
        <PlanNumber
          path={[...base, 'hashtags', 'max']}
          label={t('options_f_hashtags_max')}
          step={1}
          min={0}
          {...(limits.maxHashtags ? { max: limits.maxHashtags, hint: t('options_f_platform_cap', { cap: limits.maxHashtags }) } : {})}
        />
        <PlanNumber path={[...base, 'mentions', 'max']} label={t('options_f_mentions_max')} step={1} min={0} />
        <PlanNumber path={[...base, 'emoji', 'max']} label={t('options_f_emoji_max')} step={1} min={0} />
      </div>
      <div class="bl-grid">
        <PlanList path={[...base, 'hashtags', 'required']} label={t('options_f_hashtags_required')} placeholder={t('options_f_hashtags_required_placeholder')} />
        <PlanList path={[...base, 'hashtags', 'banned']} label={t('options_f_hashtags_banned')} />
      </div>
      <PlanCheck path={[...base, 'cta', 'required']} label={t('options_f_cta_required')} defaultValue={false} />
      <PlanList path={[...base, 'cta', 'phrases']} label={t('options_f_cta_phrases')} separator={'\n'} />
      <PlanCheck path={[...base, 'links', 'required']} label={t('options_f_links_required')} defaultValue={false} />
      <PlanList path={[...base, 'links', 'brandDomains']} label={t('options_f_brand_domains')} placeholder={t('options_f_brand_domains_placeholder')} />
      <fieldset class="bl-checkgroup bl-utm">
        <legend>{t('options_f_utm')}</legend>
        <div class="bl-grid">
          <PlanText path={[...base, 'links', 'utm', 'source']} label="utm_source" optional placeholder={channel} />
          <PlanText path={[...base, 'links', 'utm', 'medium']} label="utm_medium" optional placeholder="social" />
          <PlanText path={[...base, 'links', 'utm', 'campaign']} label="utm_campaign" optional />
        </div>
      </fieldset>
    </section>
  );
}
