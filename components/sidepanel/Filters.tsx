import { useEffect, useState } from 'preact/hooks';
import { channelOptionsWithAll } from '@/components/shared/channels';
import { t } from '@/lib/i18n/t';
import { isIsoDate } from '@/lib/metrics/dates';
import type { DateRange } from '@/lib/metrics/extent';
import { PRESETS, presetOf, presetRange, type Preset } from './ranges';
import type { ChannelFilter } from './url-query';

interface Props {
  channel: ChannelFilter;
  range: DateRange;
  anchor: string;
  onChannel: (channel: ChannelFilter) => void;
  onRange: (range: DateRange) => void;
}

/** Channel filter and date range; both are native controls, so keyboard and screen readers just work. */
export function Filters({ channel, range, anchor, onChannel, onRange }: Props) {
  const matching = presetOf(range, anchor);
  const [customOpen, setCustomOpen] = useState(matching === 'custom');
  const [draft, setDraft] = useState(range);
  useEffect(() => setDraft(range), [range.from, range.to]);
  useEffect(() => {
    if (matching === 'custom') setCustomOpen(true);
  }, [matching]);
  const preset: Preset = customOpen ? 'custom' : matching;
  const draftValid = isIsoDate(draft.from) && isIsoDate(draft.to) && draft.from <= draft.to;
  const draftProblem = draftValid ? undefined : !isIsoDate(draft.from) || !isIsoDate(draft.to) ? t('sidepanel_range_need_dates') : t('sidepanel_range_backwards');

  return (
    <form class="sp-filters" onSubmit={(e) => e.preventDefault()} aria-label={t('sidepanel_filters')}>
      <fieldset class="sp-channels">
        <legend>{t('sidepanel_channel')}</legend>
        {channelOptionsWithAll().map((o) => (
          <label key={o.value}>
            <input type="radio" name="channel" value={o.value} checked={channel === o.value} onChange={() => onChannel(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </fieldset>
      <div class="sp-range">
        <label>
          {t('sidepanel_range')}{' '}
          <select
            name="range"
            value={preset}
            onChange={(e) => {
              const next = (e.currentTarget as HTMLSelectElement).value as Preset;
              if (next === 'custom') return setCustomOpen(true);
              setCustomOpen(false);
              onRange(presetRange(next, anchor));
            }}
          >
            {PRESETS.map((p) => (
              <option key={p} value={p}>
                {t(`sidepanel_range_${p}`)}
              </option>
            ))}
          </select>
        </label>
        {preset === 'custom' && (
          <span class="sp-custom">
            <label>
              {t('sidepanel_from')} <input type="date" name="from" value={draft.from} max={draft.to} onInput={(e) => setDraft({ ...draft, from: (e.currentTarget as HTMLInputElement).value })} />
            </label>
            <label>
              {t('sidepanel_to')} <input type="date" name="to" value={draft.to} min={draft.from} onInput={(e) => setDraft({ ...draft, to: (e.currentTarget as HTMLInputElement).value })} />
            </label>
            <button type="button" name="apply-range" disabled={!draftValid} aria-describedby={draftProblem ? 'sp-range-problem' : undefined} onClick={() => onRange(draft)}>
              {t('sidepanel_apply')}
            </button>
            {/* Why Show cannot be pressed: a disabled button alone left users guessing (QA29). */}
            {draftProblem ? (
              <span id="sp-range-problem" class="sp-range-problem" role="status">
                {draftProblem}
              </span>
            ) : null}
          </span>
        )}
      </div>
    </form>
  );
}
