/**
 * The pieces every rule's message table is built from: one table per rule, in every
 * MessageLocale (the type makes a missing language or key a compile error), with the locale's
 * quotation marks, number format and list words. Text from the plan (reasons, escalation,
 * template names) and from the draft is inserted as written.
 */
import type { MessageLocale } from '../engine/types';

export type Messages<T> = Readonly<Record<MessageLocale, T>>;

export const defineMessages = <T>(messages: Messages<T>): Messages<T> => messages;

const INTL_LOCALE: Record<MessageLocale, string> = { en: 'en-US', nb: 'nb-NO' };

/** “…” in English as the messages always had it ("…"), «…» in Norwegian. */
export const quote = (locale: MessageLocale, text: string): string => (locale === 'nb' ? `«${text}»` : `"${text}"`);

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number in the locale's format (2,200 / 2 200; −0,60); `digits` fixes the decimals. */
export function formatNumber(locale: MessageLocale, value: number, digits?: number): string {
  const key = `${locale}:${digits ?? ''}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], digits === undefined ? { maximumFractionDigits: 3 } : { minimumFractionDigits: digits, maximumFractionDigits: digits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

const listFormats = new Map<string, Intl.ListFormat>();

/** "a, b or c" / "a, b eller c". */
export function formatList(locale: MessageLocale, items: readonly string[], type: 'conjunction' | 'disjunction'): string {
  const key = `${locale}:${type}`;
  let format = listFormats.get(key);
  if (!format) {
    format = new Intl.ListFormat(INTL_LOCALE[locale], { type, style: 'long' });
    listFormats.set(key, format);
  }
  return format.format(items);
}
