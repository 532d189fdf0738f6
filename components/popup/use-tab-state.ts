import { useEffect, useState } from 'preact/hooks';
import type { TabState } from '@/lib/content/tab-state';
import { askTabState, targetTabId } from './current-tab';

export interface TabInfo {
  tabId: number | undefined;
  /** undefined while the first answer is pending. */
  state: TabState | null | undefined;
}

/** Re-asks the tab every `intervalMs` while the popup is open, so findings follow the typing. */
export function useTabState(intervalMs = 1000): TabInfo {
  const [info, setInfo] = useState<TabInfo>({ tabId: undefined, state: undefined });
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async (tabId: number | undefined) => {
      const state = tabId === undefined ? undefined : await askTabState(tabId);
      if (stopped) return;
      // Same answer as last time: keep the old object so nothing re-renders.
      setInfo((old) => (old.tabId === tabId && JSON.stringify(old.state) === JSON.stringify(state ?? null) ? old : { tabId, state: state ?? null }));
      timer = setTimeout(() => void poll(tabId), intervalMs);
    };
    void targetTabId().then(poll, () => setInfo({ tabId: undefined, state: null }));
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [intervalMs]);
  return info;
}
