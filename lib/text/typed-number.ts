/**
 * The number a person typed into a number field, in the page's language. Number fields are text
 * fields (inputmode "decimal"): Chromium's own number input dropped a typed decimal comma without a
 * word, so "450,75" kr was stored as 45 075 kr (QA18), and a Norwegian keyboard types a comma.
 *
 * * The page's own decimal mark always means decimals (nb: "450,75"; en: "450.75").
 * * The other mark means decimals too ("450,75" in an English page is 450.75), unless exactly three
 *   digits follow it after a non-zero whole part: "1,500" in English and "1.500" in Norwegian are
 *   thousands as often as decimals, so they are refused (NaN) and the field says how to write them,
 *   rather than guessed. "0,045" and "0.045" are never ambiguous.
 * * Digit groups split by spaces ("1 500", "12 000,5") are thousands, and so are groups split by one
 *   mark when the other mark follows or there are several ("1,234.50", "1.234,50", "1,234,567").
 * * Empty means no value (undefined); anything else that is not a number is NaN, so the form or the
 *   plan refuses it and says so instead of keeping the last number it could read.
 */
export function readTypedNumber(text: string, locale: 'en' | 'nb'): number | undefined {
  let t = text.trim();
  if (t === '') return undefined;
  // Thousands groups split by a space, a no-break space or a narrow no-break space.
  if (/^[+\-−]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d*)?$/.test(t)) t = t.replace(/[ \u00a0\u202f]/g, '');
  t = t.replace(/^−/, '-');
  // Grouped thousands with the other mark as decimals, or several groups, read one way only:
  // "1,234.50", "1.234,50", "1,234,567" (QA29: "1,234.50" was refused as ambiguous).
  const commaGroups = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/.test(t);
  const pointGroups = /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d*)?$/.test(t);
  if (commaGroups && (t.includes('.') || t.split(',').length > 2)) t = t.replace(/,/g, '');
  else if (pointGroups && (t.includes(',') || t.split('.').length > 2)) t = t.replace(/\./g, '').replace(',', '.');
  const own = locale === 'nb' ? ',' : '.';
  const other = own === ',' ? '.' : ',';
  const marks = t.match(/[.,]/g) ?? [];
  if (marks.length > 1) return Number.NaN;
  if (marks[0] === other && new RegExp(`^[+-]?0*[1-9]\\d{0,2}\\${other}\\d{3}$`).test(t)) return Number.NaN;
  t = t.replace(',', '.');
  // No exponents: nobody types "1e4" followers, and a stray "e" is a typo, not ten thousand (QA29).
  return /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(t) ? Number(t) : Number.NaN;
}
