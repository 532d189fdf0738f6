import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '@/lib/messaging/client';
import { onPlansChanged } from '@/lib/messaging/events';
import type { ActiveMap, ErrorInfo, PlanSummary } from '@/lib/messaging/protocol';

export interface PlansState {
  plans: PlanSummary[];
  active: ActiveMap;
  loaded: boolean;
  error?: ErrorInfo;
}

const EMPTY: PlansState = { plans: [], active: { x: null, facebook: null, instagram: null }, loaded: false };

/** The stored plans and their channels, kept fresh when any tab changes them. */
export function usePlans(): PlansState & { reload: () => Promise<void> } {
  const [state, setState] = useState<PlansState>(EMPTY);
  const reload = useCallback(async () => {
    const result = await send('plans.list', {});
    setState(result.ok ? { ...result.value, loaded: true } : { ...EMPTY, loaded: true, error: result.error });
  }, []);
  useEffect(() => {
    void reload();
    return onPlansChanged(() => void reload());
  }, [reload]);
  return { ...state, reload };
}
