import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ChannelId } from '@/lib/engine/types';
import { t } from '@/lib/i18n/t';
import { send } from '@/lib/messaging/client';
import { onPlansChanged } from '@/lib/messaging/events';
import type { ErrorInfo, ResponseOf } from '@/lib/messaging/protocol';
import { CHANNEL_NAMES, CHANNEL_OPTIONS } from '@/components/shared/channels';
import { errorLines } from '@/components/shared/errors';
import { SelectField } from '@/components/shared/fields';
import { Outcome, type OutcomeState } from '@/components/shared/Outcome';
import { openKpiPanel, windowOf } from './current-tab';
import { DraftFindings } from './DraftFindings';
import { PlanGlance } from './PlanGlance';
import { QuickLog } from './QuickLog';
import { useTabState } from './use-tab-state';
import { UtmBuilder } from './UtmBuilder';
import './popup.css';

/** The toolbar popup: the companion while posting, useful on any tab. */
export function PopupApp() {
  const { tabId, state } = useTabState();
  const tabChannel = state?.channel;
  const [chosen, setChosen] = useState<ChannelId | null>(null);
  const channel: ChannelId = chosen ?? tabChannel ?? 'x';
  const [active, setActive] = useState<ResponseOf<'plans.active'> | null>(null);
  const [loadError, setLoadError] = useState<ErrorInfo | null>(null);
  const [outcome, setOutcome] = useState<OutcomeState | null>(null);

  useEffect(() => {
    const load = async () => {
      const result = await send('plans.active', { channel });
      if (result.ok) {
        setActive(result.value);
        setLoadError(null);
      } else setLoadError(result.error);
    };
    void load();
    return onPlansChanged(() => void load());
  }, [channel]);

  const [windowId, setWindowId] = useState<number | undefined>(undefined);
  useEffect(() => {
    void windowOf(tabId).then(setWindowId);
  }, [tabId]);

  const openPanel = async () => {
    try {
      await openKpiPanel(windowId);
      window.close();
    } catch (error) {
      setOutcome({ kind: 'error', lines: [t('popup_panel_failed'), error instanceof Error ? error.message : String(error)] });
    }
  };

  return (
    <div class="bl-popup" data-page="popup" data-channel={tabChannel ?? ''}>
      <header class="bl-popup-header">
        <h1>Brandline</h1>
        <p class={tabChannel ? 'bl-tab-channel' : 'bl-tab-channel bl-tab-other'} data-testid="tab-channel">
          {state === undefined ? t('common_loading') : tabChannel ? t('popup_tab_channel', { channel: CHANNEL_NAMES[tabChannel] }) : t('popup_tab_other')}
        </p>
      </header>
      {loadError ? <p class="bl-error-text">{errorLines(t('popup_plan_failed'), loadError).join(' ')}</p> : null}
      <DraftFindings state={state} />
      <div class="bl-card bl-row bl-popup-channel">
        <SelectField id="popup-channel" label={t('popup_channel_for_plan')} value={channel} options={CHANNEL_OPTIONS} onChange={setChosen} />
      </div>
      {active ? (
        <>
          <PlanGlance plan={active.plan} channel={channel} isExample={active.planId === null} checksOffSaid={!!state?.checksOff && state.channel === channel} />
          <UtmBuilder
            plan={active.plan}
            channel={channel}
            onCopied={(ok) => setOutcome(ok ? { kind: 'success', lines: [t('popup_copied')] } : { kind: 'error', lines: [t('popup_copy_failed')] })}
          />
          <QuickLog key={active.planId ?? 'example'} plan={active.plan} channel={channel} onOutcome={setOutcome} />
        </>
      ) : null}
      <nav class="bl-row bl-popup-links" aria-label={t('popup_more')}>
        <button type="button" class="bl-button" data-action="open-side-panel" onClick={() => void openPanel()}>
          {t('popup_open_panel')}
        </button>
        <button type="button" class="bl-button" data-action="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_open_options')}
        </button>
      </nav>
      {/* Last and pinned to the bottom of the popup: "Logged" or "Copied" is said where the user
          is, not above the fold of a popup taller than the browser lets it be (QA38 M3). */}
      <div class="bl-popup-outcome">
        <Outcome outcome={outcome} />
      </div>
    </div>
  );
}
