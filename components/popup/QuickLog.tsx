import { useEffect, useRef, useState } from 'preact/hooks';
import { type ChannelId } from '@/lib/engine/types';
import { t, uiLocale } from '@/lib/i18n/t';
import { send } from '@/lib/messaging/client';
import type { RequestOf } from '@/lib/messaging/protocol';
import { unusualFollowers, unusualSpend } from '@/lib/metrics/plausibility';
import type { Plan } from '@/lib/plan/types';
import { CHANNEL_NAMES, CHANNEL_OPTIONS } from '@/components/shared/channels';
import { errorLines } from '@/components/shared/errors';
import { NumberField, SelectField, TextField } from '@/components/shared/fields';
import { formatDay, formatDayRange, formatNumber, today } from '@/components/shared/format';
import type { OutcomeState } from '@/components/shared/Outcome';
import { defaultCampaign } from './default-campaign';

type Kind = 'followers' | 'campaign';

/** An amount as the side panel writes money ("NOK 450.75", "450,75 kr"), with its cents: what was typed, exactly. */
function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(uiLocale(), { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount);
  } catch {
    return `${formatNumber(amount)} ${currency}`;
  }
}

/** Quick logging of one number: today's followers on a channel, or a campaign's day. */
export function QuickLog({ plan, channel, onOutcome }: { plan: Plan; channel: ChannelId; onOutcome: (outcome: OutcomeState | null) => void }) {
  const [kind, setKind] = useState<Kind>('followers');
  const [logChannel, setLogChannel] = useState<ChannelId>(channel);
  const [date, setDate] = useState(today());
  const [followers, setFollowers] = useState<number | undefined>(undefined);
  const [campaignId, setCampaignId] = useState(() => defaultCampaign(plan.campaigns, channel, today())?.id ?? '');
  const [spend, setSpend] = useState<number | undefined>(undefined);
  const [clicks, setClicks] = useState<number | undefined>(undefined);
  const [conversions, setConversions] = useState<number | undefined>(undefined);
  const [revenue, setRevenue] = useState<number | undefined>(undefined);
  const [problem, setProblem] = useState<{ field: string; text: string } | null>(null);
  // Counts the problems shown: the same one again (Enter pressed twice on "2,700") must change the
  // alert's text, or it is not said again (QA24b).
  const shown = useRef(0);
  const lastProblem = useRef<typeof problem>(null);
  /** A future day the user was warned about; logging it again keeps it. */
  const [futureConfirmed, setFutureConfirmed] = useState<string | undefined>(undefined);
  /** A campaign day outside the campaign's dates the user was warned about; logging it again keeps it. */
  const [outsideConfirmed, setOutsideConfirmed] = useState<string | undefined>(undefined);
  /** An unusual number the user was warned about (channel or campaign, day, value); logging it again keeps it. */
  const [unusualConfirmed, setUnusualConfirmed] = useState<string | undefined>(undefined);
  // The popup's channel chosen anew: what was typed stays (QA38: a count typed, then the channel
  // corrected, was wiped), and the log's channel and campaign follow it only where the user left
  // them as the popup set them: a Facebook count chosen here is not logged as X's because the popup
  // was switched to look at X's limits, nor a sum typed for a euro campaign moved to a kroner one
  // (review 37 M4).
  const shownChannel = useRef(channel);
  useEffect(() => {
    const before = shownChannel.current;
    if (before === channel) return;
    shownChannel.current = channel;
    setLogChannel((current) => (current === before ? channel : current));
    const wasDefault = defaultCampaign(plan.campaigns, before, today())?.id;
    const fallback = defaultCampaign(plan.campaigns, channel, today())?.id;
    if (fallback !== undefined) setCampaignId((current) => (current === wasDefault || current === '' ? fallback : current));
  }, [channel, plan.campaigns]);

  const submit = async (event: Event) => {
    event.preventDefault();
    setProblem(null);
    // The last attempt's message goes: "Logged 10,450 followers" above a refused next try read as
    // if that one had gone in too (QA18).
    onOutcome(null);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setProblem({ field: 'log-date', text: t('popup_log_need_date') });
    // A typo like 2030 would stretch every side-panel range to an empty future: a day after today
    // is logged only when asked again for the same day.
    if (date > today() && futureConfirmed !== date) {
      setFutureConfirmed(date);
      return setProblem({ field: 'log-date', text: t('popup_log_future', { date: formatDay(date) }) });
    }
    // Counts are whole: "10.450" is how a Norwegian writes ten thousand four hundred and fifty.
    const whole = (value: number | undefined) => value === undefined || (Number.isInteger(value) && value >= 0);
    let request: RequestOf<'metrics.log'>;
    if (kind === 'followers') {
      if (followers === undefined || !whole(followers)) return setProblem({ field: 'log-followers', text: t('popup_log_need_whole') });
      request = { kind, record: { channel: logChannel, date, followers } };
      // A digit too many or too few would make audience growth jump: asked once, like a future day.
      const key = `${logChannel} ${date} ${followers}`;
      if (unusualConfirmed !== key) {
        const near = await send('metrics.nearCounts', { channel: logChannel, date });
        const ref = near.ok ? unusualFollowers(followers, near.value) : undefined;
        if (ref) {
          setUnusualConfirmed(key);
          return setProblem({ field: 'log-followers', text: t('popup_log_followers_unusual', { count: formatNumber(followers), previous: formatNumber(ref.followers), date: formatDay(ref.date) }) });
        }
      }
    } else {
      if (!campaignId.trim()) return setProblem({ field: 'log-campaign', text: t('popup_log_need_campaign') });
      if (spend === undefined || !Number.isFinite(spend) || spend < 0) return setProblem({ field: 'log-spend', text: t('popup_log_need_number') });
      if (!whole(clicks)) return setProblem({ field: 'log-clicks', text: t('popup_log_need_whole') });
      if (!whole(conversions)) return setProblem({ field: 'log-conversions', text: t('popup_log_need_whole') });
      if (revenue !== undefined && (!Number.isFinite(revenue) || revenue < 0)) return setProblem({ field: 'log-revenue', text: t('popup_log_need_number') });
      const optional = Object.fromEntries(Object.entries({ clicks, conversions, revenue }).filter(([, v]) => v !== undefined && Number.isFinite(v)));
      request = { kind, record: { campaignId: campaignId.trim(), date, spend, ...optional } };
      // "450,75" typed where the comma is not the decimal mark, or a lost one: a day above the whole budget.
      const planned = plan.campaigns.find((c) => c.id === campaignId.trim());
      // A day outside the campaign's dates counts in Spend and ROI but never in its pacing (QA29):
      // a wrong date, or a campaign that ran longer than planned. Asked once, like a future day.
      const outside = planned && (date < planned.start || date > planned.end) ? `${planned.id} ${date}` : undefined;
      if (planned && outside && outsideConfirmed !== outside) {
        setOutsideConfirmed(outside);
        return setProblem({ field: 'log-date', text: t('popup_log_campaign_outside', { campaign: planned.name, range: formatDayRange(planned.start, planned.end), date: formatDay(date) }) });
      }
      const key = `${campaignId.trim()} ${date} ${spend}`;
      if (planned && planned.budget > 0 && unusualConfirmed !== key) {
        // The other days' spend comes from the worker; without it, the day is judged alone.
        const other = await send('metrics.campaignSpent', { campaignId: planned.id, date });
        const spentElsewhere = other.ok ? other.value.spent : 0;
        const why = unusualSpend(spend, planned.budget, spentElsewhere);
        if (why) {
          setUnusualConfirmed(key);
          const money = (amount: number) => formatMoney(amount, planned.currency);
          const facts = { spend: money(spend), budget: money(planned.budget), total: money(spentElsewhere + spend) };
          return setProblem({ field: 'log-spend', text: t(why === 'day' ? 'popup_log_spend_unusual' : 'popup_log_spend_over_budget', facts) });
        }
      }
    }
    const result = await send('metrics.log', request);
    if (!result.ok) return onOutcome({ kind: 'error', lines: errorLines(t('popup_log_failed'), result.error) });
    const updated = result.value.updated > 0;
    // The plan's name for the campaign, as the side panel shows it; the id for one it does not list.
    const campaign = plan.campaigns.find((c) => c.id === campaignId.trim())?.name ?? campaignId.trim();
    const loggedCurrency = plan.campaigns.find((c) => c.id === campaignId.trim())?.currency;
    // An updated day keeps the stored clicks, conversions or revenue a field was left empty for.
    const kept = updated && kind === 'campaign' && [clicks, conversions, revenue].some((v) => v === undefined || !Number.isFinite(v));
    onOutcome({
      kind: 'success',
      lines: [
        kind === 'followers'
          ? t(updated ? 'popup_log_followers_updated' : 'popup_log_followers_done', { channel: CHANNEL_NAMES[logChannel], count: formatNumber(followers ?? 0), date: formatDay(date) })
          : t(updated ? 'popup_log_campaign_updated' : 'popup_log_campaign_done', { campaign, spend: loggedCurrency ? formatMoney(spend ?? 0, loggedCurrency) : formatNumber(spend ?? 0), date: formatDay(date) }),
        ...(kept ? [t('popup_log_campaign_kept')] : []),
      ],
    });
  };

  const errorFor = (field: string) => (problem?.field === field ? problem.text : undefined);
  // A question or a problem is said and its field takes the focus: shown only under the field, a
  // screen-reader user heard nothing, pressed Enter again and logged the number unasked (QA24).
  useEffect(() => {
    if (problem) document.getElementById(problem.field)?.focus();
  }, [problem]);
  if (problem && problem !== lastProblem.current) {
    lastProblem.current = problem;
    shown.current++;
  }
  // The channel in the label: plans name campaigns alike across channels ("Winter", "Winter").
  // Amounts are typed in the campaign's currency: said beside them, so NOK is not typed into a EUR campaign (QA23).
  const currency = plan.campaigns.find((c) => c.id === campaignId.trim())?.currency;
  const inCurrency = (label: string) => (currency ? `${label} (${currency})` : label);
  const campaigns = plan.campaigns.map((c) => ({ value: c.id, label: `${c.name} · ${CHANNEL_NAMES[c.channel]}` }));

  return (
    <section class="bl-card" aria-labelledby="log-heading">
      <h2 id="log-heading">{t('popup_log_title')}</h2>
      <form onSubmit={submit} noValidate>
        <p class="bl-visually-hidden" role="alert">
          {problem ? `${problem.text}${shown.current % 2 ? '\u00a0' : ''}` : ''}
        </p>
        <fieldset class="bl-checkgroup">
          <legend>{t('popup_log_what')}</legend>
          {(['followers', 'campaign'] as const).map((k) => (
            <label class="bl-check" key={k}>
              <input type="radio" name="log-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              {t(`popup_log_kind_${k}`)}
            </label>
          ))}
        </fieldset>
        <div class="bl-grid bl-grid-tight">
          {kind === 'followers' ? (
            <>
              <SelectField id="log-channel" label={t('popup_log_channel')} value={logChannel} options={CHANNEL_OPTIONS} onChange={setLogChannel} />
              <NumberField id="log-followers" label={t('popup_log_followers')} value={followers} onChange={setFollowers} step={1} min={0} error={errorFor('log-followers')} />
            </>
          ) : (
            <>
              {campaigns.length ? (
                <SelectField id="log-campaign" label={t('popup_log_campaign')} value={campaignId} options={campaigns} onChange={setCampaignId} error={errorFor('log-campaign')} />
              ) : (
                <TextField id="log-campaign" label={t('popup_log_campaign_id')} value={campaignId} onChange={setCampaignId} error={errorFor('log-campaign')} />
              )}
              <NumberField id="log-spend" label={inCurrency(t('popup_log_spend'))} value={spend} onChange={setSpend} min={0} error={errorFor('log-spend')} />
              <NumberField id="log-clicks" label={t('popup_log_clicks')} value={clicks} onChange={setClicks} step={1} min={0} error={errorFor('log-clicks')} />
              <NumberField id="log-conversions" label={t('popup_log_conversions')} value={conversions} onChange={setConversions} step={1} min={0} error={errorFor('log-conversions')} />
              <NumberField id="log-revenue" label={inCurrency(t('popup_log_revenue'))} value={revenue} onChange={setRevenue} min={0} error={errorFor('log-revenue')} />
            </>
          )}
          <TextField id="log-date" type="date" label={t('popup_log_date')} value={date} onChange={setDate} error={errorFor('log-date')} />
        </div>
        <button type="submit" class="bl-button bl-button-primary">
          {kind === 'followers' ? t('popup_log_submit_followers') : t('popup_log_submit_campaign')}
        </button>
      </form>
    </section>
  );
}
