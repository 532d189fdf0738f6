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
  // Extension pages: the language their strings came in, so numbers, dates and messages agree with
  // them (every Norwegian browser locale gets the Bokmål strings: LOCALE_ALIASES in scripts/locales.ts).
  // Content scripts: getUILanguage, since getMessage there loads the message catalogue
  // synchronously (see components/overlay/text.ts); their strings are bundled and follow it.
  if (typeof location !== 'undefined' && location.protocol.endsWith('-extension:')) {
    const strings = t('common_locale');
    if (strings === 'en' || strings === 'nb') return strings;
  }
  try {
    const lang = browser.i18n.getUILanguage().toLowerCase();
    return lang.startsWith('nb') || lang.startsWith('no') || lang.startsWith('nn') ? 'nb' : 'en';
  } catch {
    return 'en';
  }
}
