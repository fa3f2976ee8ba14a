import type { Observation } from './observation';
import { periodPosition } from './period';
import { compareVintage } from './vintage';

/**
 * One figure per period for an indicator (and geo), oldest first. Where a figure was revised, the
 * latest vintage wins (see vintage.ts); panels show the earlier value beside it (firstReportedOf).
 */
export function seriesOf(
  observations: readonly Observation[],
  indicatorId: string,
  geo?: string,
): Observation[] {
  const byPeriod = new Map<string, Observation>();
  for (const o of observations) {
    if (o.indicatorId !== indicatorId || (geo !== undefined && o.geo !== geo)) continue;
    const current = byPeriod.get(o.period);
    if (!current || compareVintage(o, current) > 0) byPeriod.set(o.period, o);
  }
  return [...byPeriod.values()].sort((a, b) => periodPosition(a.period) - periodPosition(b.period));
}

/** The first-reported figure of a period that was later revised, if any. */
export function firstReportedOf(
  observations: readonly Observation[],
  shown: Observation,
): Observation | undefined {
  if (shown.vintage !== 'revised') return undefined;
  return observations.find(
    (o) =>
      o.indicatorId === shown.indicatorId &&
      o.geo === shown.geo &&
      o.sectorId === shown.sectorId &&
      o.period === shown.period &&
      o.vintage === 'first-reported',
  );
}

/** The latest figure and the one before it, for "value and change against the prior period". */
export function lastTwo(series: readonly Observation[]): [Observation | undefined, Observation | undefined] {
  return [series.at(-1), series.at(-2)];
}
