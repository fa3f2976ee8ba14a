import type { Observation } from '@/domain/observation';
import { describePeriod, formatPeriod, formatValue } from '@/lib/format';
import type { FigureRow } from '@/lib/figure-table';
import type { SeriesSpec, Shaped, TimeChartModel } from './chart-model';
import { datumMap, figureRow, setValue } from './figure-rows';
import { seriesOf } from '@/domain/observation-series';
import { seriesPaint } from './palette';
import { belowPeak, changeSince } from './summaries';
import { paddedDomain, periodMidpoint, periodTicks } from './time-axis';
import { markersWithin, type EventMarker } from './to-event-markers';

export const countryNames = { PAK: 'Pakistan', CHN: 'China' } as const;
export type Country = keyof typeof countryNames;

const WB = 'wb:SP.POP.TOTL';

/**
 * A country's population as the World Bank estimates it; for Pakistan the census counts sit on
 * the same axis as separate points, because the two disagree and both deserve to be seen.
 */
export function toPopulationChart(
  worldBank: readonly Observation[],
  census: readonly Observation[],
  country: Country,
  markers: readonly EventMarker[],
): Shaped<TimeChartModel> | null {
  const estimates = seriesOf(worldBank, WB, country);
  const counts = country === 'PAK' ? seriesOf(census, 'population', 'PAK') : [];
  if (estimates.length === 0 && counts.length === 0) return null;
  const name = countryNames[country];
  const series: SeriesSpec[] = [
    {
      key: 'wb',
      label: 'World Bank estimate',
      paint: seriesPaint[country === 'PAK' ? 'pakistan' : 'china'],
      type: 'line',
      marker: 'circle',
    },
    ...(counts.length
      ? [
          {
            key: 'census',
            label: 'Census count (PBS)',
            paint: seriesPaint.census,
            type: 'dots',
            marker: 'diamond',
          } as const,
        ]
      : []),
  ];
  const points = datumMap();
  const rows: FigureRow[] = [];
  for (const [key, list, label] of [
    ['wb', estimates, 'World Bank estimate'],
    ['census', counts, 'Census count (PBS)'],
  ] as const) {
    for (const o of list) {
      setValue(points.get(o.period, periodMidpoint(o.period), describePeriod(o.period)), key, o, 'persons');
      rows.push(figureRow(`${key}-${o.period}`, o, 'persons', { period: o.period, series: label }));
    }
  }
  const data = points.all().sort((a, b) => Number(a.x) - Number(b.x));
  const domain = paddedDomain(data.map((d) => Number(d.x)));
  return {
    model: {
      unit: 'persons',
      series,
      data,
      domain,
      ticks: periodTicks(data.map((d) => d.key)),
      markers: markersWithin(markers, domain),
      zoomY: true,
    },
    table: {
      columns: [
        { key: 'period', header: 'Year' },
        { key: 'series', header: 'Series' },
        { key: 'value', header: 'Population (persons)', numeric: true },
      ],
      rows: rows.sort((a, b) => String(a.values.period).localeCompare(String(b.values.period))),
    },
    provenances: [...estimates, ...counts].map((o) => o.provenance),
    summary: populationSummary(name, estimates, counts),
  };
}

function populationSummary(
  name: string,
  estimates: readonly Observation[],
  counts: readonly Observation[],
): string {
  const first = estimates[0];
  const last = estimates.at(-1);
  const census = counts.at(-1);
  const parts: string[] = [];
  if (first && last) {
    const peak = belowPeak(estimates, 'persons');
    parts.push(
      `${name}'s population was ${formatValue(last.value, 'persons')} in ${formatPeriod(last.period)} by the World Bank's estimate, ${peak || changeSince(first, last, 'persons')}`,
    );
  }
  if (census) {
    const same = estimates.find((o) => o.period === census.period);
    const gap = same ? same.value - census.value : 0;
    parts.push(
      same && gap !== 0
        ? `the ${census.period} census counted ${formatValue(census.value, 'persons')}, ${formatValue(Math.abs(gap), 'persons')} ${gap > 0 ? 'fewer' : 'more'} than the World Bank's figure for that year`
        : `the ${census.period} census counted ${formatValue(census.value, 'persons')}`,
    );
  }
  const sentence = parts.join('; ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
