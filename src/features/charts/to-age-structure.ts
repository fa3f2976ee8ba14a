import type { Observation } from '@/domain/observation';
import { derivedProvenance, type Provenance } from '@/domain/provenance';
import { describePeriod, formatPeriod, formatValue } from '@/lib/format';
import type { FigureRow } from '@/lib/figure-table';
import type { SeriesSpec, Shaped, TimeChartModel } from './chart-model';
import { emptyDatum, figureRow, setValue } from './figure-rows';
import { seriesOf } from '@/domain/observation-series';
import { seriesPaint } from './palette';
import { changeSince } from './summaries';
import { paddedDomain, periodMidpoint, periodTicks } from './time-axis';
import { markersWithin, type EventMarker } from './to-event-markers';
import { countryNames, type Country } from './to-population';

const YOUNG = 'wb:SP.POP.0014.TO.ZS';
const OLD = 'wb:SP.POP.65UP.TO.ZS';

const ageSeries: SeriesSpec[] = [
  { key: 'young', label: 'Aged 0–14', paint: seriesPaint.young, type: 'area', stackId: 'age' },
  // The World Bank publishes no 15–64 share here; it is derived, so it is hatched and marked estimate.
  {
    key: 'working',
    label: 'Aged 15–64 (derived: 100 − others)',
    paint: seriesPaint.working,
    type: 'area',
    stackId: 'age',
    pattern: 'diagonal',
  },
  { key: 'old', label: 'Aged 65 and over', paint: seriesPaint.old, type: 'area', stackId: 'age' },
];

function derived(young: Provenance, old: Provenance): Provenance {
  return {
    ...derivedProvenance(
      [young, old],
      'Computed by the dashboard: 100 − the World Bank shares aged 0–14 (SP.POP.0014.TO.ZS) and 65+ (SP.POP.65UP.TO.ZS), same year.',
    ),
    source: 'Derived: 100 − World Bank WDI shares aged 0–14 (SP.POP.0014.TO.ZS) and 65+ (SP.POP.65UP.TO.ZS)',
  };
}

/** Shares of the population by broad age group, stacked to 100%, for one country. */
export function toAgeStructure(
  worldBank: readonly Observation[],
  country: Country,
  markers: readonly EventMarker[],
): Shaped<TimeChartModel> | null {
  const young = seriesOf(worldBank, YOUNG, country);
  const old = seriesOf(worldBank, OLD, country);
  const rows: FigureRow[] = [];
  const provenances: Provenance[] = [];
  const data = young.flatMap((y) => {
    const o = old.find((x) => x.period === y.period);
    if (!o) return [];
    const working = {
      value: Math.round((100 - y.value - o.value) * 100) / 100,
      provenance: derived(y.provenance, o.provenance),
    };
    const d = emptyDatum(y.period, periodMidpoint(y.period), describePeriod(y.period));
    for (const [key, figure, group] of [
      ['young', y, '0–14'],
      ['working', working, '15–64 (derived)'],
      ['old', o, '65 and over'],
    ] as const) {
      setValue(d, key, figure, '%');
      rows.push(figureRow(`${key}-${y.period}`, figure, '%', { period: y.period, group }));
      provenances.push(figure.provenance);
    }
    return [d];
  });
  if (data.length === 0) return null;
  const domain = paddedDomain(data.map((d) => Number(d.x)));
  return {
    model: {
      unit: '%',
      series: ageSeries,
      data,
      domain,
      ticks: periodTicks(data.map((d) => d.key)),
      markers: markersWithin(markers, domain),
      percentOfWhole: true,
    },
    table: {
      columns: [
        { key: 'period', header: 'Year' },
        { key: 'group', header: 'Age group' },
        { key: 'value', header: 'Share of population (%)', numeric: true },
      ],
      rows,
    },
    provenances,
    summary: ageSummary(countryNames[country], data),
  };
}

function ageSummary(name: string, data: TimeChartModel['data']): string {
  const first = data[0];
  const last = data.at(-1);
  if (!first || !last) return '';
  const point = (d: typeof first, key: string) => ({ period: d.key, value: d.values[key] ?? 0 });
  const change = (key: string) =>
    data.length > 1 ? ` (${changeSince(point(first, key), point(last, key), '%')})` : '';
  return (
    `In ${formatPeriod(last.key)}, ${formatValue(last.values.young ?? 0, '%')} of ${name}'s people were aged 0–14${change('young')} ` +
    `and ${formatValue(last.values.old ?? 0, '%')} were 65 or over${change('old').replace(/ since \S+\)$/, ')')}; ` +
    `the 15–64 share, derived as the rest, was ${formatValue(last.values.working ?? 0, '%')}.`
  );
}
