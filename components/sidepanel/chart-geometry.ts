/** Scales, ticks and paths for the hand-drawn SVG charts (no chart library: a few hundred bytes). */
import { toDayNumber } from '@/lib/metrics/dates';

export type Scale = (value: number) => number;

export function linearScale([d0, d1]: [number, number], [r0, r1]: [number, number]): Scale {
  if (d0 === d1) return () => (r0 + r1) / 2;
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

/**
 * About `count` intervals of round tick values within [min, max] (1, 2, 2.5 or 5 × a power of ten
 * apart). With `enclose`, the first tick is at or below `min` and the last at or above `max`, so
 * the axis labels reach every line drawn against them.
 */
export function niceTicks(min: number, max: number, count = 4, enclose = false): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min === max) return [min];
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const span = max - min;
  // The round step whose number of intervals comes closest to the wish.
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).sort((a, b) => Math.abs(span / a - count) - Math.abs(span / b - count))[0]!;
  const ticks: number[] = [];
  const first = (enclose ? Math.floor(min / step + 1e-9) : Math.ceil(min / step - 1e-9)) * step;
  const last = enclose ? Math.ceil(max / step - 1e-9) * step : max;
  for (let v = first; v <= last + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

/** A polyline path; coordinates rounded to 0.1 px keep the markup small and the lines crisp. */
export function linePath(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${Math.round(p.x * 10) / 10},${Math.round(p.y * 10) / 10}`).join('');
}

export const dayValue = (date: string): number => toDayNumber(date);

/** Keeps at most `max` points, evenly, always keeping the first and last. */
export function thin<T>(points: readonly T[], max: number): T[] {
  if (points.length <= max) return [...points];
  const out: T[] = [];
  const step = (points.length - 1) / (max - 1);
  for (let i = 0; i < max; i++) out.push(points[Math.round(i * step)]!);
  return out;
}

/**
 * Axis labels for ticks: compact ("5.1K") when one decimal says each tick exactly, else the plain
 * number. Ticks of a narrow range (5,100 / 5,125 / 5,150) would all read "5.1K" with one decimal,
 * and "5.125K" (Bokmål "5,125k") reads as a decimal number, not as followers (QA36): 5,125.
 */
export function tickLabels(ticks: readonly number[], locale: string): string[] {
  const decimals = Math.max(0, ...ticks.map(compactDecimals));
  if (decimals <= 1) {
    const format = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: Math.max(1, decimals) });
    return ticks.map((v) => format.format(v));
  }
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return ticks.map((v) => plain.format(v));
}

/** Decimals a value needs in compact notation (in thousands from 1,000, millions from 1,000,000, …). */
function compactDecimals(value: number): number {
  const size = Math.abs(value);
  const unit = size >= 1e9 ? 1e9 : size >= 1e6 ? 1e6 : size >= 1e3 ? 1e3 : 1;
  const scaled = value / unit;
  for (let decimals = 0; decimals <= 3; decimals++) {
    const shifted = scaled * 10 ** decimals;
    if (Math.abs(shifted - Math.round(shifted)) < 1e-9 * Math.max(1, Math.abs(shifted))) return decimals;
  }
  return 4;
}

/** The left edge of a chart's plot: wide enough for its longest axis label (11 px text, ~6.6 px a character). */
export function axisLeft(labels: readonly string[], minimum: number): number {
  return Math.max(minimum, 8 + Math.ceil(6.6 * Math.max(0, ...labels.map((label) => label.length))));
}
