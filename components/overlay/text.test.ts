import { describe, expect, it } from 'vitest';
import en from '@/locales/en/overlay.json';
import { t } from './text';

describe('overlay strings', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('overlay_plan', { name: 'Nordlys Coffee' })).toBe('Plan: Nordlys Coffee');
    expect(t('overlay_fixTitle', {})).toBe('Replace with “{text}”');
  });

  it('shows the key of a missing string instead of nothing', () => {
    expect(t('overlay_doesNotExist')).toBe('overlay_doesNotExist');
  });

  it('every string is prefixed by the area', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^overlay_/);
  });
});
