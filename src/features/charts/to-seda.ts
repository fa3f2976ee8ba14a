import type { Company } from '@/domain/company';
import type { Observation } from '@/domain/observation';
import { shortSource } from '@/components/provenance-badge';
import type { FigureRow } from '@/lib/figure-table';
import type { CategoryChartModel, Shaped } from './chart-model';
import { datumMap } from './figure-rows';
import { strongestFirst } from '@/domain/disagreement';
import { seriesOf } from '@/domain/observation-series';
import { sectorPaint, seriesPaint } from './palette';
import type { Names } from './to-breakdown';

const list = (names: readonly string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');

/** SEDA's companies as the announcement names them, counted by sector and labelled by name. */
export function toNamedCompanies(
  companies: readonly Company[],
  names: Names,
): Shaped<CategoryChartModel> | null {
  if (companies.length === 0) return null;
  const points = datumMap();
  const bySector = new Map<string, Company[]>();
  for (const c of companies) bySector.set(c.sectorId, [...(bySector.get(c.sectorId) ?? []), c]);
  const order = [
    ...names.sectors.keys(),
    ...[...bySector.keys()].filter((id) => !names.sectors.has(id)),
  ].filter((id) => bySector.has(id));
  for (const id of order) {
    const named = bySector.get(id) ?? [];
    const label = names.sectors.get(id) ?? id;
    const d = points.get(id, label, label);
    d.values[id] = named.length;
    d.display[id] = `${named.length}: ${list(named.map((c) => c.name))}`;
    // A count by a sector we assigned is our estimate, whatever the source of the names.
    d.kinds[id] = named.some((c) => c.sectorMethod)
      ? 'estimate'
      : named.some((c) => c.provenance.kind === 'sourced')
        ? 'sourced'
        : (named[0]?.provenance.kind ?? 'sourced');
    d.labels = { [id]: list(named.map((c) => c.name)) };
    d.filter = { kind: 'sector', id };
  }
  const rows: FigureRow[] = companies.map((c) => ({
    id: c.id,
    values: {
      company: c.name,
      sector: `${names.sectors.get(c.sectorId) ?? c.sectorId}${c.sectorMethod ? ' (our classification)' : ''}`,
      zone: names.zones.get(c.zoneId) ?? c.zoneId,
      notes: c.notes,
    },
    display: {},
    provenance: c.sectorMethod ? { ...c.provenance, method: c.sectorMethod } : c.provenance,
  }));
  return {
    model: {
      unit: 'count',
      layout: 'bars',
      stacked: true,
      series: order.map((id) => ({
        key: id,
        label: names.sectors.get(id) ?? id,
        paint: sectorPaint(id),
        pattern: sectorPaint(id).pattern,
        type: 'bar',
        filter: { kind: 'sector', id },
      })),
      data: points.all(),
    },
    table: {
      columns: [
        { key: 'company', header: 'Company' },
        { key: 'sector', header: 'Sector' },
        { key: 'zone', header: 'Zone' },
        { key: 'notes', header: 'Notes' },
      ],
      rows,
    },
    provenances: [
      ...companies.map((c) => c.provenance),
      ...(companies.some((c) => c.sectorMethod)
        ? [
            {
              kind: 'estimate' as const,
              source: 'Sectors assigned by the Tech Corridor team',
              url: null,
              asOf: null,
              method:
                'Each company is placed in one sector from its main business; the source names no sectors.',
            },
          ]
        : []),
    ],
    summary: `${companies.length} compan${companies.length === 1 ? 'y is' : 'ies are'} named at SEDA across ${order.length} sector${order.length === 1 ? '' : 's'}: ${list(companies.map((c) => c.name))}${companies.every((c) => c.provenance.kind === 'announcement') ? ', all by the 2022 announcement alone' : ''}.${companies.some((c) => c.sectorMethod) ? ' The sectors are our classification: the source names none.' : ''}`,
  };
}

/**
 * SEDA's count on the Fortune lists as each source states it, strongest first (docs/data.md):
 * two figures side by side, each naming its own list, never a trend.
 */
export function toFortune500(observations: readonly Observation[]): Shaped<CategoryChartModel> | null {
  const figures = strongestFirst(seriesOf(observations, 'seda-fortune500', 'cn-seda'));
  const listName = (o: Observation) => o.definition ?? 'Fortune-listed';
  if (figures.length === 0) return null;
  const points = datumMap();
  for (const o of figures) {
    const what = o.provenance.kind === 'announcement' ? 'announcement' : 'report';
    const d = points.get(
      o.period,
      `${o.period} ${what}`,
      `${o.period} ${what}, ${listName(o)}: ${shortSource(o.provenance.source)}`,
    );
    d.values.count = o.value;
    d.display.count = String(o.value);
    d.kinds.count = o.provenance.kind;
    d.labels = { count: String(o.value) };
    d.caption = shortSource(o.provenance.source, 28);
  }
  const claim = figures.find((o) => o.provenance.kind === 'announcement');
  const report = figures.find((o) => o.provenance.kind === 'sourced');
  return {
    model: {
      unit: 'count',
      layout: 'columns',
      stacked: false,
      series: [
        {
          key: 'count',
          label: 'Companies on a Fortune list, at SEDA',
          paint: seriesPaint.china,
          type: 'bar',
        },
      ],
      data: points.all(),
    },
    table: {
      columns: [
        { key: 'period', header: 'Year' },
        { key: 'list', header: 'List, as the source names it' },
        { key: 'value', header: 'Companies', numeric: true },
      ],
      rows: figures.map((o) => ({
        id: o.period,
        values: { period: o.period, list: listName(o), value: o.value },
        display: {},
        provenance: o.provenance,
      })),
    },
    provenances: figures.map((o) => o.provenance),
    summary:
      claim && report
        ? `A ${report.period} report (${shortSource(report.provenance.source)}) counted ${report.value} ${listName(report)} companies at SEDA; SEDA claimed ${claim.value} "${listName(claim)}" companies at the ${claim.period} Letter of Intent. The sources disagree and name different lists, so the gap is not a trend.`
        : `${figures.map((o) => `${o.value} ${listName(o)} companies (${o.period}, ${shortSource(o.provenance.source)})`).join('; ')}.`,
  };
}
