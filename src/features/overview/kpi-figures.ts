/** The parts of a KPI card every shaping function shares: a figure, a derived change, a sparkline. */
import type { IndicatorUnit } from '@/domain/indicator';
import type { Observation } from '@/domain/observation';
import { periodPosition } from '@/domain/period';
import { derivedProvenance, type Provenance } from '@/domain/provenance';
import { provenanceKinds } from '@/domain/provenance-kinds';
import { formatPercentChange, formatPeriod, formatSignedNumber, formatValue } from '@/lib/format';
import type { Delta, Figure, Trend } from './kpi-model';

export const figure = (o: Observation, unit: IndicatorUnit, label: string): Figure => ({
  label,
  display: formatValue(o.value, unit, { qualifier: o.qualifier }),
  provenance: o.provenance,
});

export const vintageWords = { revised: 'revised', 'first-reported': 'first reported' } as const;
export const described = (o: Observation, unit: IndicatorUnit) =>
  `${formatValue(o.value, unit)} (${formatPeriod(o.period)}${o.vintage ? `, ${vintageWords[o.vintage]}` : ''}${o.provenance.kind === 'sourced' ? '' : `, ${o.provenance.kind}`})`;

function direction(change: number): Delta['direction'] {
  return change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
}

export function percentDelta(
  current: Observation,
  prior: Observation | undefined,
  against: string,
  unit: IndicatorUnit = 'count',
): Delta | null {
  if (!prior || prior.value === 0) return null;
  const ratio = current.value / prior.value - 1;
  return {
    display: formatPercentChange(ratio),
    direction: direction(ratio),
    against,
    provenance: derivedProvenance(
      [current.provenance, prior.provenance],
      `Computed by the dashboard: ${described(current, unit)} ÷ ${described(prior, unit)} − 1.`,
    ),
  };
}

export function absoluteDelta(
  current: Observation,
  prior: Observation | undefined,
  unit: IndicatorUnit,
  against: string,
): Delta | null {
  if (!prior) return null;
  const change = current.value - prior.value;
  return {
    display: formatSignedNumber(change, unit),
    direction: direction(change),
    against,
    provenance: derivedProvenance(
      [current.provenance, prior.provenance],
      `Computed by the dashboard: ${described(current, unit)} − ${described(prior, unit)}.`,
    ),
  };
}

/** A sparkline is drawn from its figures: it carries the weakest of their provenances. */
export function toTrend(series: readonly Observation[], unit: IndicatorUnit, label: string): Trend | null {
  const first = series[0];
  const last = series.at(-1);
  if (series.length < 2 || !first || !last) return null;
  const strength = (p: Provenance) => provenanceKinds.indexOf(p.kind);
  const weakest = series.reduce(
    (w, o) => (strength(o.provenance) > strength(w) ? o.provenance : w),
    first.provenance,
  );
  const sources = new Set(series.map((o) => o.provenance.source)).size;
  return {
    label,
    unit,
    points: series.map((o) => ({ period: o.period, position: periodPosition(o.period), value: o.value })),
    provenance: {
      ...weakest,
      method: `Drawn by the dashboard from ${series.length} figures (${formatPeriod(first.period)}–${formatPeriod(last.period)}) in ${sources} source${sources === 1 ? '' : 's'}, the latest vintage of each; the line joins them and adds nothing.`,
    },
  };
}
