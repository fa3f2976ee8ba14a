import type { IndicatorUnit } from '@/domain/indicator';
import type { Observation } from '@/domain/observation';
import { formatValue } from '@/lib/format';
import type { FigureRow } from '@/lib/figure-table';
import type { CategoryChartModel, Datum, SeriesSpec, Shaped } from './chart-model';
import { datumMap, figureRow, setValue } from './figure-rows';
import { sectorPaint } from './palette';

/** Display names, in the order the API lists them (sectors keep that order in every stack). */
export interface Names {
  zones: ReadonlyMap<string, string>;
  sectors: ReadonlyMap<string, string>;
}

const sum = (d: Datum) => Object.values(d.values).reduce((a, b) => a + b, 0);

function sectorSeries(observations: readonly Observation[], names: Names): SeriesSpec[] {
  const present = new Set(observations.map((o) => o.sectorId));
  const known = [...names.sectors.keys()].filter((id) => present.has(id));
  const unknown = [...present].filter((id): id is string => id !== null && !names.sectors.has(id));
  return [...known, ...unknown].map((id) => ({
    key: id,
    label: names.sectors.get(id) ?? id,
    paint: sectorPaint(id),
    pattern: sectorPaint(id).pattern,
    type: 'bar',
    filter: { kind: 'sector', id },
  }));
}

/** The stack of one category: the sector pieces, with the total under the category's name. */
function build(
  observations: readonly Observation[],
  unit: IndicatorUnit,
  names: Names,
  categoryOf: (o: Observation) => { key: string; label: string },
) {
  const points = datumMap();
  const rows: FigureRow[] = [];
  for (const o of observations) {
    if (o.sectorId === null) continue;
    const c = categoryOf(o);
    const d = points.get(c.key, c.label, c.label);
    // Years add up every zone's figure for the sector.
    setValue(d, o.sectorId, { ...o, value: (d.values[o.sectorId] ?? 0) + o.value }, unit);
    rows.push(
      figureRow(`${o.geo}-${o.sectorId}-${o.period}`, o, unit, {
        zone: names.zones.get(o.geo) ?? o.geo,
        sector: names.sectors.get(o.sectorId) ?? o.sectorId,
        period: o.period,
      }),
    );
  }
  const data = points.all();
  for (const d of data) d.caption = `total ${formatValue(sum(d), unit)}`;
  return { data, rows };
}

const tableColumns = (valueHeader: string) => [
  { key: 'zone', header: 'Zone' },
  { key: 'sector', header: 'Sector' },
  { key: 'period', header: 'Year' },
  { key: 'value', header: valueHeader, numeric: true },
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
  valueHeader: string,
  noun = '',
): Shaped<CategoryChartModel> | null {
  const rows = observations.filter((o) => o.indicatorId === indicatorId && o.geoType === 'zone');
  const period = rows.reduce((max, o) => (o.period > max ? o.period : max), '');
  const latest = rows.filter((o) => o.period === period);
  if (latest.length === 0) return null;
  const series = sectorSeries(latest, names);
  const built = build(latest, unit, names, (o) => ({ key: o.geo, label: names.zones.get(o.geo) ?? o.geo }));
  const data = built.data.sort((a, b) => sum(b) - sum(a));
  for (const d of data) d.filter = { kind: 'zone', id: d.key };
  const total = data.reduce((t, d) => t + sum(d), 0);
  const top = data[0];
  const sector = largestSector(series, data);
  return {
    model: { unit, layout: 'bars', stacked: true, series, data },
    table: { columns: tableColumns(valueHeader), rows: built.rows },
    provenances: latest.map((o) => o.provenance),
    summary:
      `Illustrative split for ${period}: ${top?.x} has the largest share, ${formatValue(top ? sum(top) : 0, unit)} of ${formatValue(total, unit)}${noun ? ` ${noun}` : ''} across ${data.length} zone${data.length === 1 ? '' : 's'}` +
      (sector ? `; ${sector.label} is the largest sector at ${formatValue(sector.value, unit)}.` : '.'),
  };
}

/** Years stacked by sector: how the (illustrative) total grows and what it is made of. */
export function toYearSectorBreakdown(
  observations: readonly Observation[],
  indicatorId: string,
  unit: IndicatorUnit,
  names: Names,
  valueHeader: string,
  noun = '',
): Shaped<CategoryChartModel> | null {
  const rows = observations.filter((o) => o.indicatorId === indicatorId && o.geoType === 'zone');
  if (rows.length === 0) return null;
  const series = sectorSeries(rows, names);
  const built = build(rows, unit, names, (o) => ({ key: o.period, label: o.period }));
  const data = built.data.sort((a, b) => String(a.x).localeCompare(String(b.x)));
  const first = data[0];
  const last = data.at(-1);
  const sector = largestSector(series, last ? [last] : []);
  const growth =
    first && last && first !== last ? `, up from ${formatValue(sum(first), unit)} in ${first.x}` : '';
  return {
    model: { unit, layout: 'columns', stacked: true, series, data },
    table: { columns: tableColumns(valueHeader), rows: built.rows },
    provenances: rows.map((o) => o.provenance),
    summary: `Illustrative: ${formatValue(last ? sum(last) : 0, unit)}${noun ? ` ${noun}` : ''} in ${last?.x}${growth}${sector ? `; ${sector.label} is the largest sector.` : '.'}`,
  };
}
