import { useState } from 'preact/hooks';
import { CHANNEL_IDS, type ChannelId } from '@/lib/engine/types';
import { t } from '@/lib/i18n/t';
import type { ActiveMap, PlanSummary } from '@/lib/messaging/protocol';
import { CHANNEL_NAMES } from '@/components/shared/channels';
import { SelectField, TextField } from '@/components/shared/fields';
import { formatList } from '@/components/shared/format';
import { FilePicker } from './FilePicker';

export interface PlansPanelProps {
  plans: PlanSummary[];
  active: ActiveMap;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onCreate: (name: string) => void;
  onDuplicate: (id: string) => void;
  onDelete: (id: string) => void;
  onExport: (id: string) => void;
  onImportFile: (file: File) => void;
  onSetActive: (channel: ChannelId, id: string) => void;
  onStartFromExample: () => void;
}

export function channelsOf(active: ActiveMap, id: string): ChannelId[] {
  return CHANNEL_IDS.filter((c) => active[c] === id);
}

/** The list of plans, what is active where, and the plan file import (SPEC section 6 hook). */
export function PlansPanel(props: PlansPanelProps) {
  const { plans, active, selectedId, onSelect, onCreate, onDuplicate, onDelete, onExport, onImportFile, onSetActive, onStartFromExample } = props;
  const [newName, setNewName] = useState('');
  // Two plans may share a name (a duplicate not yet renamed): their ids tell them apart.
  const options = plans.map((p) => ({ value: p.id, label: plans.some((o) => o !== p && o.name === p.name) ? `${p.name} (${p.id})` : p.name }));
  // A channel without a chosen plan follows the most recently edited one (lib/db): name it.
  const newest = plans.reduce<(typeof plans)[number] | undefined>((a, b) => (a && a.updatedAt >= b.updatedAt ? a : b), undefined);
  const newestLabel = newest ? options.find((o) => o.value === newest.id)?.label : undefined;

  return (
    <section class="bl-card" aria-labelledby="plans-heading">
      <h2 id="plans-heading">{t('options_plans_title')}</h2>
      {plans.length === 0 ? (
        <>
          <p class="bl-muted">{t('options_no_plans')}</p>
          <button type="button" class="bl-button" data-action="start-from-example" onClick={onStartFromExample}>
            {t('options_start_from_example')}
          </button>
        </>
      ) : null}
      <ul class="bl-plan-list">
        {plans.map((plan) => {
          const on = channelsOf(active, plan.id);
          return (
            <li key={plan.id}>
              <button type="button" class="bl-plan-pick" aria-current={plan.id === selectedId ? 'true' : undefined} data-plan-id={plan.id} onClick={() => onSelect(plan.id)}>
                <strong>{plan.name}</strong> <span class="bl-muted">({plan.id})</span>
                <span class="bl-plan-channels">{on.length ? t('options_active_on', { channels: formatList(on.map((c) => CHANNEL_NAMES[c])) }) : t('options_not_active')}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {selectedId ? (
        <div class="bl-row" role="group" aria-label={t('options_selected_plan_actions')}>
          <button type="button" class="bl-button" onClick={() => onExport(selectedId)} data-action="export-plan">
            {t('options_export')}
          </button>
          <button type="button" class="bl-button" onClick={() => onDuplicate(selectedId)} data-action="duplicate-plan">
            {t('options_duplicate')}
          </button>
          <button type="button" class="bl-button bl-button-danger" onClick={() => onDelete(selectedId)} data-action="delete-plan">
            {t('options_delete')}
          </button>
        </div>
      ) : null}

      <h3>{t('options_active_title')}</h3>
      <p class="bl-hint">{t('options_active_hint')}</p>
      <div class="bl-grid">
        {CHANNEL_IDS.map((channel) => (
          <SelectField
            key={channel}
            id={`active-${channel}`}
            label={CHANNEL_NAMES[channel]}
            value={active[channel] ?? ''}
            // The fallback is a state, not a choice: it shows only while no plan is chosen for the channel
            // (there is no "unset"; choosing it used to do nothing while the list seemed to agree).
            emptyLabel={active[channel] ? undefined : newestLabel !== undefined ? t('options_active_none', { name: newestLabel }) : t('options_active_example')}
            options={options}
            onChange={(id) => id && onSetActive(channel, id)}
            settleKeys
          />
        ))}
      </div>

      <h3>{t('options_add_plan_title')}</h3>
      <div class="bl-field">
        <FilePicker id="import-plan-file" label={t('options_import_plan')} action="import-plan" accept=".json,application/json" hintId="import-plan-hint" onFiles={([file]) => onImportFile(file!)} />
        <p id="import-plan-hint" class="bl-hint">
          {t('options_import_plan_hint')}
        </p>
      </div>
      <form
        class="bl-row bl-create"
        onSubmit={(e) => {
          e.preventDefault();
          if (!newName.trim()) return;
          onCreate(newName.trim());
          setNewName('');
        }}
      >
        <TextField id="new-plan-name" label={t('options_new_plan_name')} value={newName} onChange={setNewName} placeholder={t('options_new_plan_placeholder')} />
        <button type="submit" class="bl-button" disabled={!newName.trim()}>
          {t('options_create')}
        </button>
      </form>
    </section>
  );
}
