import type { Observation } from './observation';
import { compareAsOf } from './provenance';

/**
 * The vintage rule the API and the app share (docs/api.md, "Vintages"). A figure's vintage is the
 * reporting round it comes from; the same period can be reported more than once (SBP revises FDI).
 */
const vintageRank = (o: Observation) => (o.vintage === 'revised' ? 1 : 0);

/** Later wins: the later as-of date, then 'revised' over 'first-reported' (or unlabelled) on a tie. */
export function compareVintage(a: Observation, b: Observation): number {
  return compareAsOf(a.provenance.asOf, b.provenance.asOf) || vintageRank(a) - vintageRank(b);
}

const slot = (o: Observation) => `${o.indicatorId}\u0000${o.geo}\u0000${o.sectorId ?? ''}\u0000${o.period}`;

/** Only the latest vintage per (indicatorId, geo, sectorId, period): what GET /observations answers by default. */
export function latestVintages(observations: readonly Observation[]): Observation[] {
  const best = new Map<string, Observation>();
  for (const o of observations) {
    const current = best.get(slot(o));
    if (!current || compareVintage(o, current) > 0) best.set(slot(o), o);
  }
  return observations.filter((o) => best.get(slot(o)) === o);
}

/** Every reported value of one figure, oldest round first. */
export function vintagesOf(observations: readonly Observation[], shown: Observation): Observation[] {
  return observations.filter((o) => slot(o) === slot(shown)).sort(compareVintage);
}

/**
 * Two figures are of one vintage when they come from the same reporting round: the same report
 * (source and as-of date). FY2025 as first published and FY2024 as revised in that release are one round.
 */
const sameVintage = (a: Observation, b: Observation): boolean =>
  a.provenance.asOf === b.provenance.asOf && a.provenance.source === b.provenance.source;

/**
 * The prior-period figure to compare a current one with: where the prior period was reported more
 * than once, the round the current figure comes from; else the latest round of the prior period.
 */
export function priorOfSameVintage(
  observations: readonly Observation[],
  current: Observation,
  prior: Observation | undefined,
): Observation | undefined {
  if (!prior) return undefined;
  return vintagesOf(observations, prior).find((o) => sameVintage(o, current)) ?? prior;
}

/**
 * A pair of inputs for a derived figure (a share, a ratio) from one reporting round: the latest
 * round both figures were reported in. Undefined when no round reports both.
 */
export function sameVintagePair(
  as: readonly Observation[],
  bs: readonly Observation[],
): [Observation, Observation] | undefined {
  const pairs = as.flatMap((a) =>
    bs.filter((b) => sameVintage(a, b)).map((b) => [a, b] as [Observation, Observation]),
  );
  return pairs.sort((x, y) => compareVintage(y[0], x[0]))[0];
}

/**
 * A part's share of a whole in one period (China's of all FDI, say), in per cent to two decimals,
 * from the two figures of one reporting round. Undefined when no round reports both.
 */
export function sameVintageShare(
  observations: readonly Observation[],
  partId: string,
  wholeId: string,
  period: string,
): { value: number; part: Observation; whole: Observation } | undefined {
  const of = (id: string) => observations.filter((o) => o.indicatorId === id && o.period === period);
  const pair = sameVintagePair(of(partId), of(wholeId));
  if (!pair || pair[1].value === 0) return undefined;
  const [part, whole] = pair;
  return { value: Math.round((part.value / whole.value) * 10000) / 100, part, whole };
}
