import { browser } from 'wxt/browser';

/**
 * Looks up a UI string (locales/<lang>/*.json) in the browser's language and fills {name}
 * placeholders. Outside an extension (unit tests, the CLI) the key itself comes back, so a
 * missing string is visible rather than blank.
 */
export function t(key: string, values?: Record<string, string | number>): string {
  let text = '';
  try {
    text = browser.i18n.getMessage(key as never);
  } catch {
    text = '';
  }
  if (!text) text = key;
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The UI language the browser picked ('nb' or 'en'), for Intl formatting. */
export function uiLocale(): 'en' | 'nb' {
  // The language getMessage picked, read from a string of its own: asking getUILanguage() and
  // mapping it separately could disagree with the strings (Nynorsk "nn" has no folder, so the
  // browser falls back to English strings while a mapping would say Bokmål).
  return t('common_locale') === 'nb' ? 'nb' : 'en';
}
