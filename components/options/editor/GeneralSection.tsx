import { t } from '@/lib/i18n/t';
import { formatNumber } from '@/components/shared/format';
import { PlanChannels, PlanList, PlanNumber, PlanRows, PlanSelect, PlanText } from './bound-fields';

export function GeneralSection() {
  return (
    <div class="bl-grid">
      <PlanText path={['name']} label={t('options_f_name')} />
      <PlanText path={['id']} label={t('options_f_id')} hint={t('options_f_id_hint')} />
      <PlanSelect
        path={['locale']}
        label={t('options_f_locale')}
        hint={t('options_f_locale_hint')}
        emptyLabel={t('options_default_named', { value: 'English' })}
        options={[
          { value: 'en', label: 'English' },
          { value: 'nb', label: 'Norsk bokmål' },
        ]}
      />
    </div>
  );
}

export function IdentitySection() {
  return (
    <>
      <PlanText path={['identity', 'mission']} label={t('options_f_mission')} multiline optional />
      <PlanText path={['identity', 'valueProposition']} label={t('options_f_value_proposition')} multiline optional />
      <div class="bl-grid">
        <PlanList path={['identity', 'voice', 'traits']} label={t('options_f_traits')} placeholder={t('options_f_traits_placeholder')} />
        <PlanSelect
          path={['identity', 'voice', 'formality']}
          label={t('options_f_formality')}
          emptyLabel={t('options_default_named', { value: t('options_formality_neutral') })}
          options={[
            { value: 'casual', label: t('options_formality_casual') },
            { value: 'neutral', label: t('options_formality_neutral') },
            { value: 'formal', label: t('options_formality_formal') },
          ]}
        />
        <PlanNumber path={['identity', 'voice', 'minSentiment']} label={t('options_f_min_sentiment')} hint={t('options_f_min_sentiment_hint')} step={0.05} min={-1} max={1} placeholder={formatNumber(-0.05)} />
      </div>
    </>
  );
}

export function AudiencesSection() {
  return (
    <PlanRows
      path={['audiences']}
      legend={t('options_audiences')}
      headingHidden
      hint={t('options_audiences_hint')}
      itemLabel={(i) => t('options_audience_n', { n: i + 1 })}
      addLabel={t('options_add_audience')}
      make={() => ({ id: `audience-${Date.now().toString(36)}`, name: '' })}
    >
      {(path) => (
        <>
          <PlanText path={[...path, 'name']} label={t('options_f_audience_name')} />
          <PlanText path={[...path, 'id']} label={t('options_f_item_id')} />
          <PlanText path={[...path, 'description']} label={t('options_f_description')} optional />
          <PlanNumber path={[...path, 'readingGrade']} label={t('options_f_reading_grade')} hint={t('options_f_reading_grade_hint')} step={1} min={1} max={20} />
          <PlanChannels path={[...path, 'channels']} label={t('options_f_channels')} hint={t('options_f_channels_hint')} />
        </>
      )}
    </PlanRows>
  );
}
