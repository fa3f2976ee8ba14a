import type { Observation } from '@/domain/observation';
import { derivedProvenance, type Provenance } from '@/domain/provenance';
import { sameVintageShare } from '@/domain/vintage';
import { describePeriod, formatPercentChange, formatValue } from '@/lib/format';
import type { FigureRow } from '@/lib/figure-table';
import type { Datum, SeriesSpec, Shaped, TimeChartModel } from './chart-model';
import { datumMap, figureRow, setValue } from './figure-rows';
import { firstReportedOf, seriesOf } from '@/domain/observation-series';
import { seriesPaint } from './palette';
import { paddedDomain, periodMidpoint, periodTicks } from './time-axis';
import { markersWithin, type EventMarker } from './to-event-markers';

const fdiSeries: SeriesSpec[] = [
  { key: 'total', label: 'Net FDI, all countries', paint: seriesPaint.total, type: 'bar' },
  {
    key: 'china',
    label: 'Net FDI from China',
    paint: seriesPaint.china,
    type: 'bar',
    pattern: 'diagonal-back',
  },
];

const vintageWords = { revised: 'revised', 'first-reported': 'first reported' } as const;

/**
 * China's share of all net FDI in one fiscal year, from the two figures of one reporting round
 * (SBP revises both, not always together): a revised total never divides a first-reported China figure.
 */
function chinaShare(
  observations: readonly Observation[],
  period: string,
): { value: number; vintage: Observation['vintage']; provenance: Provenance } | undefined {
  const share = sameVintageShare(
    observations.filter((o) => o.geo === 'PAK'),
    'fdi-net-china',
    'fdi-net-total',
    period,
  );
  if (!share) return undefined;
  const { part: china, whole: total } = share;
  const round = china.vintage ? ` (${vintageWords[china.vintage]} figures)` : '';
  return {
    value: share.value,
    vintage: china.vintage,
    provenance: derivedProvenance(
      [china.provenance, total.provenance],
      `Computed by the dashboard: net FDI from China ${formatValue(china.value, 'USD')} ÷ all countries ${formatValue(total.value, 'USD')}, ${period}, both from the same report${round}.`,
    ),
  };
}

/**
 * Net FDI into Pakistan by fiscal year, all countries and China, with China's share over its bar.
 * Where SBP revised a year the revised figure is the bar and the first-reported one a dashed tick.
 */
export function toFdiChart(
  observations: readonly Observation[],
  markers: readonly EventMarker[],
): Shaped<TimeChartModel> | null {
  const totals = seriesOf(observations, 'fdi-net-total', 'PAK');
  const china = seriesOf(observations, 'fdi-net-china', 'PAK');
  if (totals.length === 0 && china.length === 0) return null;
  const points = datumMap();
  const rows: FigureRow[] = [];
  const provenances: Provenance[] = [];
  const add = (key: 'total' | 'china', o: Observation, label: string) => {
    const d = points.get(o.period, periodMidpoint(o.period), describePeriod(o.period));
    setValue(d, key, o, 'USD');
    provenances.push(o.provenance);
    rows.push(
      figureRow(`${key}-${o.period}`, o, 'USD', {
        period: o.period,
        series: label,
        vintage: o.vintage ? vintageWords[o.vintage] : '',
      }),
    );
    const first = firstReportedOf(observations, o);
    if (first) {
      d.firstReported = {
        ...d.firstReported,
        [key]: { value: first.value, display: formatValue(first.value, 'USD') },
      };
      provenances.push(first.provenance);
      rows.push(
        figureRow(`${key}-${o.period}-first`, first, 'USD', {
          period: o.period,
          series: label,
          vintage: 'first reported',
        }),
      );
    }
    return d;
  };
  for (const o of totals) add('total', o, 'All countries');
  for (const o of china) {
    const d = add('china', o, 'China');
    const share = chinaShare(observations, o.period);
    if (share) {
      d.labels = { china: `${Math.round(share.value)}%` };
      rows.push(
        figureRow(`share-${o.period}`, share, '%', {
          period: o.period,
          series: 'China’s share (derived)',
          vintage: share.vintage ? vintageWords[share.vintage] : '',
        }),
      );
    }
  }
  const data = points.all().sort((a, b) => Number(a.x) - Number(b.x));
  const domain = paddedDomain(data.map((d) => Number(d.x)));
  return {
    model: {
      unit: 'USD',
      series: fdiSeries,
      data,
      domain,
      ticks: periodTicks(data.map((d) => d.key)),
      markers: markersWithin(markers, domain),
    },
    table: {
      columns: [
        { key: 'period', header: 'Fiscal year' },
        { key: 'series', header: 'Series' },
        { key: 'vintage', header: 'Vintage' },
        { key: 'value', header: 'Value (USD; share in %)', numeric: true },
      ],
      rows: rows.sort(
        (a, b) => periodMidpoint(String(a.values.period)) - periodMidpoint(String(b.values.period)),
      ),
    },
    provenances,
    summary: fdiSummary(data),
  };
}

function fdiSummary(data: readonly Datum[]): string {
  const withChina = data.filter((d) => d.values.china !== undefined);
  const last = withChina.at(-1) ?? data.at(-1);
  if (!last) return '';
  const prior = withChina.at(-2);
  const total = last.values.total;
  const china = last.values.china;
  const parts = [
    total !== undefined
      ? `Net FDI into Pakistan was ${formatValue(total, 'USD')} in ${last.key}`
      : `In ${last.key}`,
  ];
  if (china !== undefined) {
    const share = last.labels?.china ? ` (${last.labels.china} of the total)` : '';
    const change =
      prior?.values.china && prior.values.china !== 0
        ? `, ${china >= prior.values.china ? 'up' : 'down'} ${formatPercentChange(china / prior.values.china - 1).slice(1)} on ${prior.key}'s ${prior.firstReported?.china ? 'revised ' : ''}${formatValue(prior.values.china, 'USD')}`
        : '';
    parts.push(`China's part was ${formatValue(china, 'USD')}${share}${change}`);
  }
  return `${parts.join('; ')}.`;
}
