import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askTabState, targetTabId } from './current-tab';

describe('targetTabId', () => {
  it.each([
    { search: '?tab=42', id: 42 },
    { search: '?tab=0', id: 0 },
  ])('takes $search as the tab', async ({ search, id }) => {
    expect(await targetTabId(search)).toBe(id);
  });

  it('otherwise uses the active tab of the current window', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((() => Promise.resolve([{ id: 9 }])) as never);
    expect(await targetTabId('?tab=abc')).toBe(9);
    expect(await targetTabId('')).toBe(9);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });
});

describe('askTabState', () => {
  it('returns what the content script answers', async () => {
    const state = {
      channel: 'x',
      planName: 'Nordlys Coffee',
      composers: [{ surface: 'post', text: 'so cheap', findings: [{ ruleId: 'terms.banned', severity: 'error', message: 'Avoid "cheap".', start: 3, end: 8, fix: { start: 3, end: 8, text: 'good value' } }] }],
    };
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((() => Promise.resolve(state)) as never);
    expect(await askTabState(7)).toEqual(state);
    expect(sendMessage).toHaveBeenCalledWith(7, { brandline: 1, type: 'tab.state' });
  });

  it.each([
    { name: 'no content script in the tab', answer: () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')) },
    { name: 'an answer that is not a tab state', answer: () => Promise.resolve({ ok: true }) },
    { name: 'a channel Brandline does not know', answer: () => Promise.resolve({ channel: 'tiktok', composers: [] }) },
    { name: 'a finding with an unknown rule id', answer: () => Promise.resolve({ channel: 'x', composers: [{ surface: 'post', text: 'a', findings: [{ ruleId: 'made.up', severity: 'error', message: 'm' }] }] }) },
    { name: 'composers missing', answer: () => Promise.resolve({ channel: 'x', planName: 'P' }) },
    { name: 'no answer', answer: () => Promise.resolve(undefined) },
  ])('gives undefined for $name', async ({ answer }) => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(answer as never);
    expect(await askTabState(7)).toBeUndefined();
  });
});
