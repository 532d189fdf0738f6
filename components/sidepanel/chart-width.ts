/**
 * Charts are drawn at the panel's width, one drawing unit to a CSS pixel, so their text is the size
 * it says wherever the panel is. Drawn in a fixed 320-unit box and scaled, axis text came out ~8 px
 * in a 300 px side panel and the charts stopped at 480 px in a wide window (QA29).
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** Narrower than this the axes crowd; wider, a line chart is only flatter. */
export const CHART_MIN = 280;
export const CHART_MAX = 760;

/** The width charts are drawn at: the panel's content width, within CHART_MIN…CHART_MAX. */
export const ChartWidth = createContext(320);

export const chartWidthFor = (panelWidth: number) => Math.round(Math.min(CHART_MAX, Math.max(CHART_MIN, panelWidth)));

/** Width and height of a chart: taller as it gets wider, from `minHeight` at 320 up to `maxHeight`. */
export function useChartBox(minHeight: number, maxHeight: number): { W: number; H: number } {
  const W = useContext(ChartWidth);
  return { W, H: Math.round(Math.min(maxHeight, Math.max(minHeight, (W * minHeight) / 320))) };
}
