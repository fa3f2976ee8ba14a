import type { IndicatorUnit } from '@/domain/indicator';
import type { Observation } from '@/domain/observation';
import type { FigureRow } from '@/lib/figure-table';
import type { Locale } from '@/lib/locale';
import { defineMessages, type MessageDescriptor } from '@/lib/messages';
import type { CategoryChartModel, Datum, SeriesSpec, Shaped } from './chart-model';
import { datumMap, figureRow, setValue } from './figure-rows';
import { sectorPaint } from './palette';
import { columnMessages } from '@/lib/column-messages';
import { compareCodes } from '@/domain/compare';

/** Display names, in the order the API lists them (sectors keep that order in every stack). */
export interface Names {
  zones: ReadonlyMap<string, string>;
  sectors: ReadonlyMap<string, string>;
}

/** What a breakdown counts, for its summary: companies are named, money speaks for itself. */
export type BreakdownNoun = 'companies' | 'none';

const messages = defineMessages({
  total: {
    id: 'charts.breakdown.caption-total',
    defaultMessage: 'total {value}',
    description: 'Second line under a zone’s or year’s name on a stacked bar chart; value is formatted.',
  },
  zoneSummary: {
    id: 'charts.breakdown.zone-summary',
    defaultMessage:
      'Illustrative split for {period}: {zone} has the largest share, {top} of {total}{noun, select, companies { companies} other {}} across {zones, plural, one {# zone} other {# zones}}{hasSector, select, yes {; {sector} is the largest sector at {sectorValue}.} other {.}}',
    description:
      'Summary of an illustrative zone × sector breakdown. zone and sector are names; top, total and sectorValue formatted figures; noun "companies" when companies are counted.',
  },
  yearSummary: {
    id: 'charts.breakdown.year-summary',
    defaultMessage:
      'Illustrative: {last}{noun, select, companies { companies} other {}} in {period}{hasFirst, select, yes {, up from {first} in {firstPeriod}} other {}}{hasSector, select, yes {; {sector} is the largest sector.} other {.}}',
    description: 'Summary of an illustrative year × sector breakdown; last and first are formatted figures.',
  },
});

const sum = (d: Datum) => Object.values(d.values).reduce((a, b) => a + b, 0);

function sectorSeries(observations: readonly Observation[], names: Names): SeriesSpec[] {
  const present = new Set(observations.map((o) => o.sectorId));
  const known = [...names.sectors.keys()].filter((id) => present.has(id));
  const unknown = [...present].filter((id): id is string => id !== null && !names.sectors.has(id));
  return [...known, ...unknown].map((id) => sectorBar(id, names));
}

/** A sector's bars: its name, paint and pattern; its legend key and bars toggle the sector filter. */
export const sectorBar = (id: string, names: Names): SeriesSpec => ({
  key: id,
  label: names.sectors.get(id) ?? id,
  paint: sectorPaint(id),
  pattern: sectorPaint(id).pattern,
  type: 'bar',
  filter: { kind: 'sector', id },
});

/** The stack of one category: the sector pieces, with the total under the category's name. */
function build(
  observations: readonly Observation[],
  unit: IndicatorUnit,
  names: Names,
  categoryOf: (o: Observation) => { key: string; label: string },
  locale: Locale,
) {
  const points = datumMap();
  const rows: FigureRow[] = [];
  for (const o of observations) {
    if (o.sectorId === null) continue;
    const c = categoryOf(o);
    const d = points.get(c.key, c.label, c.label);
    // Years add up every zone's figure for the sector.
    setValue(d, o.sectorId, { ...o, value: (d.values[o.sectorId] ?? 0) + o.value }, unit, locale);
    rows.push(
      figureRow(
        `${o.geo}-${o.sectorId}-${o.period}`,
        o,
        unit,
        {
          zone: names.zones.get(o.geo) ?? o.geo,
          sector: names.sectors.get(o.sectorId) ?? o.sectorId,
          period: o.period,
        },
        locale,
      ),
    );
  }
  const data = points.all();
  for (const d of data) d.caption = locale.format(messages.total, { value: locale.value(sum(d), unit) });
  return { data, rows };
}

const tableColumns = (valueHeader: MessageDescriptor, locale: Locale) => [
  { key: 'zone', header: locale.format(columnMessages.zone) },
  { key: 'sector', header: locale.format(columnMessages.sector) },
  { key: 'period', header: locale.format(columnMessages.year) },
  { key: 'value', header: locale.format(valueHeader), numeric: true },
];

function largestSector(
  series: readonly SeriesSpec[],
  data: readonly Datum[],
): { label: string; value: number } | undefined {
  return series
    .map((s) => ({ label: s.label, value: data.reduce((t, d) => t + (d.values[s.key] ?? 0), 0) }))
    .sort((a, b) => b.value - a.value)[0];
}

/** Zones stacked by sector for the latest year in view: largest zone first. */
export function toZoneSectorBreakdown(
  observations: readonly Observation[],
  indicatorId: string,
  unit: IndicatorUnit,
  names: Names,
  valueHeader: MessageDescriptor,
  noun: BreakdownNoun,
  locale: Locale,
): Shaped<CategoryChartModel> | null {
  const rows = observations.filter((o) => o.indicatorId === indicatorId && o.geoType === 'zone');
  const period = rows.reduce((max, o) => (o.period > max ? o.period : max), '');
  const latest = rows.filter((o) => o.period === period);
  if (latest.length === 0) return null;
  const series = sectorSeries(latest, names);
  const built = build(
    latest,
    unit,
    names,
    (o) => ({ key: o.geo, label: names.zones.get(o.geo) ?? o.geo }),
    locale,
  );
  const data = built.data.sort((a, b) => sum(b) - sum(a));
  for (const d of data) d.filter = { kind: 'zone', id: d.key };
  const total = data.reduce((t, d) => t + sum(d), 0);
  const top = data[0];
  const sector = largestSector(series, data);
  return {
    model: { unit, layout: 'bars', stacked: true, series, data },
    table: { columns: tableColumns(valueHeader, locale), rows: built.rows },
    provenances: latest.map((o) => o.provenance),
    summary: locale.format(messages.zoneSummary, {
      period: locale.period(period),
      zone: String(top?.x ?? ''),
      top: locale.value(top ? sum(top) : 0, unit),
      total: locale.value(total, unit),
      noun,
      zones: data.length,
      hasSector: sector ? 'yes' : 'no',
      sector: sector?.label ?? '',
      sectorValue: sector ? locale.value(sector.value, unit) : '',
    }),
  };
}

/** Years stacked by sector: how the (illustrative) total grows and what it is made of. */
export function toYearSectorBreakdown(
  observations: readonly Observation[],
  indicatorId: string,
  unit: IndicatorUnit,
  names: Names,
  valueHeader: MessageDescriptor,
  noun: BreakdownNoun,
  locale: Locale,
): Shaped<CategoryChartModel> | null {
  const rows = observations.filter((o) => o.indicatorId === indicatorId && o.geoType === 'zone');
  if (rows.length === 0) return null;
  const series = sectorSeries(rows, names);
  const built = build(rows, unit, names, (o) => ({ key: o.period, label: locale.period(o.period) }), locale);
  const data = built.data.sort((a, b) => compareCodes(a.key, b.key));
  const first = data[0];
  const last = data.at(-1);
  const sector = largestSector(series, last ? [last] : []);
  return {
    model: { unit, layout: 'columns', stacked: true, series, data },
    table: { columns: tableColumns(valueHeader, locale), rows: built.rows },
    provenances: rows.map((o) => o.provenance),
    summary: locale.format(messages.yearSummary, {
      last: locale.value(last ? sum(last) : 0, unit),
      noun,
      period: last ? locale.period(last.key) : '',
      hasFirst: first && last && first !== last ? 'yes' : 'no',
      first: first ? locale.value(sum(first), unit) : '',
      firstPeriod: first ? locale.period(first.key) : '',
      hasSector: sector ? 'yes' : 'no',
      sector: sector?.label ?? '',
    }),
  };
}
