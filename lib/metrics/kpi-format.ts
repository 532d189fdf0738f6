/**
 * How each KPI reads: counts, shares (percent), money, multiples (ROAS) and pacing, in the UI's
 * locale; and how a change against the previous period reads — relative for amounts, in
 * percentage points for shares, so "2.0 % → 2.5 %" is "+0.5 pp", not "+25 %".
 */
import { lowerIsBetter } from './goals';

export type KpiKind = 'count' | 'share' | 'money' | 'multiple' | 'pacing';

const SHARES = new Set(['audienceGrowth', 'engagementRate', 'ctr', 'conversionRate', 'bounceRate', 'negativeFeedbackRate', 'roi']);
const MONEY = new Set(['spend', 'revenue', 'webRevenue', 'cpc', 'cpa']);

export function kpiKind(id: string): KpiKind {
  const base = id.split('.')[0] ?? id;
  if (base === 'budgetPacing') return 'pacing';
  if (base === 'roas') return 'multiple';
  if (SHARES.has(base)) return 'share';
  if (MONEY.has(base)) return 'money';
  return 'count';
}

/**
 * KPIs in the plan's campaign currency. Web revenue is not: it is in the currency of the
 * analytics property, which the plan does not name.
 */
const IN_CAMPAIGN_CURRENCY = new Set(['spend', 'revenue', 'cpc', 'cpa']);

export function inCampaignCurrency(id: string): boolean {
  return IN_CAMPAIGN_CURRENCY.has(id);
}

export function formatKpi(id: string, value: number | undefined, locale: string, currency?: string): string {
  if (value === undefined) return '—';
  switch (kpiKind(id)) {
    case 'share':
    case 'pacing':
    {
      // Below 10 % two decimals, always both ("5.60 %" beside "5.14 %", not "5.6 %"); above, one.
      // Decided on the value as shown: 0.09996 is "10.0 %", not "10.00 %".
      const digits = Math.abs(value) < 0.09995 ? 2 : 1;
      // A real rate too small for two decimals (one negative feedback in 60,000 reached) is no
      // "0.00 %": two significant digits, "0.0017 %" (QA36).
      if (isTinyRate(value)) return new Intl.NumberFormat(locale, { style: 'percent', maximumSignificantDigits: 2 }).format(value);
      return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
    }
    case 'money': {
      // Whole units from 1,000 on, decided on the value as shown: 999.996 is "1,000", not "1,000.00".
      const digits = Math.abs(value) >= 999.995 ? 0 : 2;
      return currency
        ? new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: digits }).format(value)
        : new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
    }
    case 'multiple':
      return `${new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)}×`;
    case 'count':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
  }
}

export interface Change {
  /** "+12.5 %" or "−0.4 pp". */
  text: string;
  direction: 'up' | 'down' | 'flat';
  /** Whether the move is for the better (for lower-is-better KPIs, down is good). */
  good?: boolean;
  /** The previous period had 0: there is no percentage, `text` is empty. */
  fromZero?: boolean;
}

/** A rate that two decimals of a percent would show as 0.00 %. */
const isTinyRate = (value: number) => value !== 0 && Math.abs(value) < 0.00005;

export function kpiChange(id: string, current: number | undefined, previous: number | undefined, locale: string): Change | undefined {
  if (current === undefined || previous === undefined) return undefined;
  const kind = kpiKind(id);
  let delta: number;
  let text: string;
  if (kind === 'share' || kind === 'pacing') {
    // The direction follows the figure shown: a drop that rounds to 0.00 pp is flat, not "▼ 0.00 pp".
    // Under one point, two decimals: rates are shown with two ("3.58%"), and "0.0 pp" beside a
    // change from 3.63% hid it (QA20).
    const points = (current - previous) * 100;
    const digits = Math.abs(points) < 1 ? 2 : 1;
    delta = Math.round(points * 10 ** digits) / 10 ** digits;
    // Rates too small for two decimals are shown with two significant digits ("0.0017 %"): their
    // change too, or "0.0017 % → 0.0042 %" read "0.00 pp", flat (review 36 L5).
    const tiny = delta === 0 && points !== 0 && (isTinyRate(current) || isTinyRate(previous));
    if (tiny) delta = points;
    const number = new Intl.NumberFormat(locale, tiny ? { signDisplay: 'exceptZero', maximumSignificantDigits: 2 } : { signDisplay: 'exceptZero', maximumFractionDigits: digits, minimumFractionDigits: digits });
    // Bokmål writes the unit out: "pp" is no abbreviation a Norwegian reader knows (QA36).
    text = `${number.format(delta)} ${locale.startsWith('nb') || locale.startsWith('no') || locale.startsWith('nn') ? 'prosentpoeng' : 'pp'}`;
  } else {
    if (previous === 0) {
      if (current === 0) return { text: '±0', direction: 'flat' };
      // No percentage of nothing: the tile says "up from 0" instead.
      const up = current > 0;
      return { text: '', direction: up ? 'up' : 'down', fromZero: true, good: lowerIsBetter(id) ? !up : up };
    }
    delta = Math.round(((current - previous) / Math.abs(previous)) * 1000) / 1000;
    text = new Intl.NumberFormat(locale, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(delta);
  }
  const direction = delta === 0 ? 'flat' : delta > 0 ? 'up' : 'down';
  if (direction === 'flat') return { text, direction };
  // Pacing is good near 100 %, not when it grows; leave it uncoloured.
  if (kind === 'pacing') return { text, direction };
  return { text, direction, good: lowerIsBetter(id) ? direction === 'down' : direction === 'up' };
}
