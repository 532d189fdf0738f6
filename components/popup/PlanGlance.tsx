import { useState } from 'preact/hooks';
import type { ChannelId } from '@/lib/engine/types';
import { t, uiLocale } from '@/lib/i18n/t';
import type { Plan } from '@/lib/plan/types';
import { CHANNEL_NAMES } from '@/components/shared/channels';
import { useUniqueId } from '@/components/shared/unique-id';

/**
 * How many chips a row shows before "N more": a plan of 300 banned terms made the popup 2,945 px
 * tall, with the link tagger and quick log four screens down (QA22).
 */
export const CHIPS_SHOWN = 12;

function Chips({ label, items, empty }: { label: string; items: readonly string[]; empty: string }) {
  const [all, setAll] = useState(false);
  const listId = useUniqueId('bl-chips');
  const shown = all || items.length <= CHIPS_SHOWN + 1 ? items : items.slice(0, CHIPS_SHOWN);
  const hidden = items.length - shown.length;
  return (
    <div class="bl-glance-row">
      <h3>{label}</h3>
      {items.length ? (
        <>
          <ul class="bl-chips" id={listId} aria-label={label}>
            {/* By position: a plan may list the same term twice. */}
            {shown.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
          {items.length > CHIPS_SHOWN + 1 && (
            <button type="button" class="bl-button bl-button-small" aria-controls={listId} aria-expanded={all} onClick={() => setAll(!all)}>
              {all ? t('popup_chips_fewer') : t('popup_chips_more', { count: hidden })}
            </button>
          )}
        </>
      ) : (
        <p class="bl-muted">{empty}</p>
      )}
    </div>
  );
}


const n = (value: number) => new Intl.NumberFormat(uiLocale()).format(value);

/**
 * One counted limit in words, singular where the number is one and plain where it is zero
 * ("no hashtags", "at most 1 hashtag", "exactly 2 hashtags": review 37 L1). A floor of 0 says nothing.
 */
function limitPhrase(kind: 'hashtags' | 'mentions' | 'emoji', min: number | undefined, max: number | undefined): string | undefined {
  const counted = (form: string, value: number) => t(`popup_limit_${kind}_${form}${value === 1 ? '_one' : ''}`, { n: n(value) });
  if (max === 0) return t(`popup_limit_${kind}_none`);
  if (min && max !== undefined) return min === max ? counted('exactly', max) : t(`popup_limit_${kind}_range`, { min: n(min), max: n(max) });
  if (max !== undefined) return counted('at_most', max);
  return min ? counted('at_least', min) : undefined;
}

/** The channel's counted limits, as short phrases ("280 characters", "1–5 hashtags"). */
export function channelLimits(plan: Plan, channel: ChannelId): string[] {
  const rules = plan.channels[channel];
  const phrases = [
    limitPhrase('hashtags', rules.hashtags.min, rules.hashtags.max),
    limitPhrase('mentions', undefined, rules.mentions.max),
    limitPhrase('emoji', undefined, rules.emoji.max),
  ];
  return [t('popup_limit_length', { n: n(rules.maxLength) }), ...phrases.filter((phrase) => phrase !== undefined)];
}

/**
 * The active plan at a glance: what to keep in mind while writing on this channel — why the brand
 * posts and for whom, its voice, and the channel's rules (QA38 M5: the mission, the audiences, the
 * banned hashtags and the limits were missing). `checksOffSaid`: the draft card already says this
 * channel's checks are off.
 */
export function PlanGlance({ plan, channel, isExample, checksOffSaid = false }: { plan: Plan; channel: ChannelId; isExample: boolean; checksOffSaid?: boolean }) {
  const rules = plan.channels[channel];
  const { mission, valueProposition } = plan.identity;
  const audiences = plan.audiences.filter((a) => !a.channels || a.channels.includes(channel)).map((a) => a.name);
  return (
    <section class="bl-card" aria-labelledby="glance-heading" data-plan-id={plan.id}>
      <h2 id="glance-heading">{t('popup_plan_title', { name: plan.name, channel: CHANNEL_NAMES[channel] })}</h2>
      {isExample ? <p class="bl-hint">{t('popup_example_plan')}</p> : null}
      {/* Said once: the draft card above says it already for the tab's own channel (review 37 L3). */}
      {!rules.enabled && !checksOffSaid ? <p class="bl-hint" data-glance="checks-off">{t('popup_channel_disabled', { channel: CHANNEL_NAMES[channel] })}</p> : null}
      {mission.trim() || valueProposition.trim() ? (
        <div class="bl-glance-row bl-glance-why">
          {/* A heading like every other row: a screen reader heard a sentence about coffee breaks, unlabelled (review 37 L4). */}
          <h3>{t('popup_why')}</h3>
          {mission.trim() ? <p data-glance="mission">{mission}</p> : null}
          {valueProposition.trim() ? <p class="bl-muted" data-glance="value-proposition">{valueProposition}</p> : null}
        </div>
      ) : null}
      {audiences.length ? <Chips label={t('popup_audiences')} items={audiences} empty={t('popup_none')} /> : null}
      <Chips label={t('popup_voice')} items={plan.identity.voice.traits} empty={t('popup_none')} />
      <Chips label={t('popup_limits')} items={channelLimits(plan, channel)} empty={t('popup_none')} />
      <Chips label={t('popup_required_hashtags')} items={rules.hashtags.required} empty={t('popup_none')} />
      <Chips label={rules.cta.required ? t('popup_cta_required') : t('popup_cta')} items={rules.cta.phrases} empty={t('popup_none')} />
      {/* Prefix terms as the plan writes them ("billigst*"): "billigst…" looked cut off (QA32 L2). */}
      <Chips label={t('popup_banned_terms')} items={plan.terms.banned.map((b) => (b.suggest ? `${b.term} → ${b.suggest}` : b.term))} empty={t('popup_none')} />
      {plan.terms.preferred.length ? <Chips label={t('popup_preferred_terms')} items={plan.terms.preferred.map((p) => `${p.insteadOf.join(', ')} → ${p.use}`)} empty={t('popup_none')} /> : null}
      {rules.hashtags.banned.length ? <Chips label={t('popup_banned_hashtags')} items={rules.hashtags.banned} empty={t('popup_none')} /> : null}
    </section>
  );
}
