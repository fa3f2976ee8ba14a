/** Sentence parts for the one-line summaries every chart leads with. */
import type { IndicatorUnit } from '@/domain/indicator';
import { formatPercentChange, formatPeriod, formatSignedNumber, formatValue } from '@/lib/format';

export interface Point {
  period: string;
  value: number;
}

/** "up 26.1% since 2010" / "down 0.2 pts since 2010"; shares change in points, not per cent. */
export function changeSince(first: Point, last: Point, unit: IndicatorUnit): string {
  if (unit === '%') {
    const diff = last.value - first.value;
    const word = diff > 0 ? 'up' : diff < 0 ? 'down' : 'unchanged';
    return diff === 0
      ? `unchanged since ${formatPeriod(first.period)}`
      : `${word} ${formatSignedNumber(diff, '%').slice(1)} since ${formatPeriod(first.period)}`;
  }
  if (first.value === 0) return `against ${formatValue(0, unit)} in ${formatPeriod(first.period)}`;
  const ratio = last.value / first.value - 1;
  const word = ratio > 0 ? 'up' : ratio < 0 ? 'down' : 'unchanged';
  return ratio === 0
    ? `unchanged since ${formatPeriod(first.period)}`
    : `${word} ${formatPercentChange(ratio).slice(1)} since ${formatPeriod(first.period)}`;
}

/** When the series has come down from its high: "3.39 million below its 2021 peak"; else ''. */
export function belowPeak(points: readonly Point[], unit: IndicatorUnit): string {
  const last = points.at(-1);
  const peak = points.reduce<Point | undefined>(
    (best, p) => (!best || p.value > best.value ? p : best),
    undefined,
  );
  if (!peak || !last || peak.value <= last.value) return '';
  const gap = peak.value - last.value;
  return `${unit === '%' ? formatSignedNumber(gap, '%').slice(1) : formatValue(gap, unit)} below its ${formatPeriod(peak.period)} peak`;
}

/** "FY2013–FY2025", or one period alone. */
export function periodRange(periods: readonly string[]): string {
  const first = periods[0];
  const last = periods.at(-1);
  if (!first || !last) return '';
  return first === last ? formatPeriod(first) : `${formatPeriod(first)}–${formatPeriod(last)}`;
}
