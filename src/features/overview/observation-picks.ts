import type { Observation } from '@/domain/observation';
import { periodPosition } from '@/domain/period';

/**
 * Where the same period has several figures (SBP's first-reported and revised FDI), the
 * latest word wins: revised over first-reported, then the later as-of date.
 */
function preferred(a: Observation, b: Observation): Observation {
  const rank = (o: Observation) => (o.vintage === 'revised' ? 2 : o.vintage === 'first-reported' ? 0 : 1);
  if (rank(a) !== rank(b)) return rank(a) > rank(b) ? a : b;
  return a.provenance.asOf >= b.provenance.asOf ? a : b;
}

/** One observation per period for an indicator (and geo), oldest first. */
export function seriesOf(
  observations: readonly Observation[],
  indicatorId: string,
  geo?: string,
): Observation[] {
  const byPeriod = new Map<string, Observation>();
  for (const o of observations) {
    if (o.indicatorId !== indicatorId || (geo !== undefined && o.geo !== geo)) continue;
    const current = byPeriod.get(o.period);
    byPeriod.set(o.period, current ? preferred(current, o) : o);
  }
  return [...byPeriod.values()].sort((a, b) => periodPosition(a.period) - periodPosition(b.period));
}

/** The latest and the one before it, for "value and change against the prior period". */
export function lastTwo(series: readonly Observation[]): [Observation | undefined, Observation | undefined] {
  return [series.at(-1), series.at(-2)];
}
