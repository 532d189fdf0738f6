import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import { onMetricsChanged, onPlansChanged } from '@/lib/messaging/events';
import type { KpiSnapshot } from '@/lib/metrics/snapshot';
import type { PanelQuery } from './url-query';

export interface SnapshotState {
  snapshot?: KpiSnapshot;
  /** Number of the request that produced `snapshot`, for the performance marks. */
  ticket?: number;
  error?: string;
  loading: boolean;
  reload: () => void;
}

/**
 * Asks the background for the snapshot of `query`, again when the panel becomes visible or gets
 * the focus, and when a plan or the stored metrics change (an import in the options page, a day
 * logged in the popup, a restore). Late answers to older queries are dropped.
 */
export function useSnapshot(query: PanelQuery): SnapshotState {
  const [state, setState] = useState<Omit<SnapshotState, 'reload'>>({ loading: true });
  const latest = useRef(0);
  const load = useCallback(() => {
    const ticket = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    performance.mark(`brandline:snapshot-requested:${ticket}`);
    request('kpi.snapshot', { channel: query.channel, ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) }).then(
      (snapshot) => {
        performance.mark(`brandline:snapshot-received:${ticket}`);
        if (ticket === latest.current) setState({ snapshot, loading: false, ticket });
      },
      (error: unknown) => ticket === latest.current && setState((s) => ({ ...s, loading: false, error: error instanceof Error ? error.message : String(error) })),
    );
  }, [query.channel, query.from, query.to]);

  useEffect(() => {
    load();
    const onVisible = () => document.visibilityState === 'visible' && load();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', load);
    const stopPlans = onPlansChanged(load);
    const stopMetrics = onMetricsChanged(load);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', load);
      stopPlans();
      stopMetrics();
    };
  }, [load]);

  return { ...state, reload: load };
}
