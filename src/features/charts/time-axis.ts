/**
 * Time axes are numeric (fractional years), so fiscal years, census years, months and event dates
 * share one scale: a bar for FY2023 sits between Jul 2022 and Jun 2023, and the Aug 2022 Letter
 * of Intent lands inside it rather than on a category's centre.
 */
import { periodPosition } from '@/domain/period';
import type { Locale } from '@/lib/locale';

/** The middle of a period: 2023 → 2023.5, FY2025 → 2025.0 (Jan 2025), 2024-08 → mid Aug 2024. */
export function periodMidpoint(period: string): number {
  const span = /^(\d{4})-(\d{4})$/.exec(period);
  if (span) return (Number(span[1]) + Number(span[2]) + 1) / 2;
  if (/^\d{4}-\d{2}$/.test(period)) return periodPosition(period) + 1 / 24;
  // periodPosition gives the start: Jan for calendar years, Jul for fiscal years.
  return periodPosition(period) + 0.5;
}

/** A partial date's position: the day if given, else the middle of the month or year. */
export function datePosition(date: string): number {
  const [y = 0, m, d] = date.split('-').map(Number);
  if (m === undefined) return y + 0.5;
  if (d === undefined) return y + (m - 1) / 12 + 1 / 24;
  return y + (m - 1) / 12 + (d - 1) / 365;
}

export interface AxisTick {
  position: number;
  label: string;
}

export type Domain = [number, number];

/** Half a period of room either side, so the first and last bars are not cut in half. */
export function paddedDomain(positions: readonly number[], pad = 0.5): Domain {
  if (positions.length === 0) return [0, 1];
  return [Math.min(...positions) - pad, Math.max(...positions) + pad];
}

/** One tick per period, labelled as people say it ("FY2025", "Aug 2024"). */
export function periodTicks(periods: readonly string[], locale: Locale): AxisTick[] {
  return [...new Set(periods)]
    .map((period) => ({ position: periodMidpoint(period), label: locale.period(period) }))
    .sort((a, b) => a.position - b.position);
}

export const within = (domain: Domain, position: number): boolean =>
  position >= domain[0] && position <= domain[1];
