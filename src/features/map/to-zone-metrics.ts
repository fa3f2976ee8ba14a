import type { IndicatorUnit } from '@/domain/indicator';
import type { Observation } from '@/domain/observation';
import { periodPosition } from '@/domain/period';
import type { Provenance } from '@/domain/provenance';
import { provenanceKinds } from '@/domain/provenance-kinds';

export const sizeMetrics = ['companies', 'investment'] as const;
export type SizeMetric = (typeof sizeMetrics)[number];

/** The metric's words are in map-messages.ts (metricLabel, metricShort). */
export interface MetricSpec {
  indicatorId: string;
  unit: IndicatorUnit;
}

/** Both are illustrative splits (mocks/generate): no public figure exists per zone. */
export const metricSpecs: Record<SizeMetric, MetricSpec> = {
  companies: { indicatorId: 'zone-companies', unit: 'count' },
  investment: { indicatorId: 'zone-investment', unit: 'PKR' },
};

export interface ZoneFigure {
  metric: SizeMetric;
  value: number;
  period: string;
  /** The weakest kind among the rows summed: one illustrative part makes the total illustrative. */
  provenance: Provenance;
}

export type ZoneFigures = Map<string, Partial<Record<SizeMetric, ZoneFigure>>>;

const weakness = (p: Provenance) => provenanceKinds.indexOf(p.kind);

/**
 * Per zone and metric: the latest period in the answer, summed over sectors (the sector filter has
 * already narrowed the rows). Rows for other indicators or geographies are ignored.
 */
export function toZoneFigures(observations: readonly Observation[]): ZoneFigures {
  const out: ZoneFigures = new Map();
  for (const metric of sizeMetrics) {
    const rows = observations.filter(
      (o) => o.geoType === 'zone' && o.indicatorId === metricSpecs[metric].indicatorId,
    );
    const latest = new Map<string, number>();
    for (const o of rows)
      latest.set(o.geo, Math.max(latest.get(o.geo) ?? -Infinity, periodPosition(o.period)));
    for (const o of rows) {
      if (periodPosition(o.period) !== latest.get(o.geo)) continue;
      const entry = out.get(o.geo) ?? {};
      const prior = entry[metric];
      entry[metric] = prior
        ? {
            ...prior,
            value: prior.value + o.value,
            provenance: weakness(o.provenance) > weakness(prior.provenance) ? o.provenance : prior.provenance,
          }
        : { metric, value: o.value, period: o.period, provenance: o.provenance };
      out.set(o.geo, entry);
    }
  }
  return out;
}

/** The largest figure of a metric, the top of the size scale (0 when nothing has a figure). */
export function maxFigure(figures: ZoneFigures, metric: SizeMetric): number {
  let max = 0;
  for (const entry of figures.values()) max = Math.max(max, entry[metric]?.value ?? 0);
  return max;
}
