import en from '@/locales/en/overlay.json';
import nb from '@/locales/nb/overlay.json';
import { uiLocale } from '@/lib/i18n/t';

/**
 * The overlay's UI strings, bundled into the content script. `browser.i18n.getMessage` in a
 * content script loads the whole message catalogue through a synchronous call to the browser
 * process on first use — measured at ~50 ms of blocked main thread on a busy page — so the overlay
 * reads its own locale files (the same ones the build merges into _locales) instead.
 */
export type OverlayKey = keyof typeof en;

let table: Record<string, string> | undefined;

export function t(key: OverlayKey | `overlay_${string}`, values?: Record<string, string | number>): string {
  table ??= uiLocale() === 'nb' ? nb : en;
  const text = table[key] ?? key;
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
