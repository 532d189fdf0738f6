import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PLANS_REVISION_KEY, announcePlansChanged, clearStorageKeepingRevision, onPlansChanged } from './events';

describe('plan change announcements', () => {
  it('counts up and reaches every listener until it unsubscribes', async () => {
    const seen = vi.fn();
    const stop = onPlansChanged(seen);
    expect(await announcePlansChanged()).toBe(1);
    expect(await announcePlansChanged()).toBe(2);
    stop();
    await announcePlansChanged();
    expect(seen.mock.calls).toEqual([[1], [2]]);
    expect(await fakeBrowser.storage.local.get(PLANS_REVISION_KEY)).toEqual({ [PLANS_REVISION_KEY]: 3 });
  });

  it('ignores other keys and other storage areas', async () => {
    const seen = vi.fn();
    onPlansChanged(seen);
    await fakeBrowser.storage.local.set({ somethingElse: 5 });
    await fakeBrowser.storage.session.set({ [PLANS_REVISION_KEY]: 5 });
    expect(seen).not.toHaveBeenCalled();
  });

  it('erasing storage keeps the revision counting up', async () => {
    await announcePlansChanged();
    await announcePlansChanged();
    await fakeBrowser.storage.local.set({ sidePanelRange: '28d' });
    const seen = vi.fn();
    onPlansChanged(seen);
    expect(await clearStorageKeepingRevision()).toBe(3);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ [PLANS_REVISION_KEY]: 3 });
    expect(seen).toHaveBeenCalledWith(3);
  });
});
