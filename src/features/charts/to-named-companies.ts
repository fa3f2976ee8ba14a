import type { Company } from '@/domain/company';
import type { FigureRow } from '@/lib/figure-table';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import type { CategoryChartModel, Shaped } from './chart-model';
import { datumMap } from './figure-rows';
import { listOf } from './summaries';
import { sectorBar, type Names } from './to-breakdown';
import { columnMessages } from '@/lib/column-messages';

const messages = defineMessages({
  countNamed: {
    id: 'charts.seda.count-named',
    defaultMessage: '{count}: {names}',
    description:
      'Tooltip value: how many companies a sector has and their names ("2: BMW Group and Neusoft").',
  },
  ourSector: {
    id: 'charts.seda.our-classification',
    defaultMessage: '{sector} (our classification)',
    description: 'Table cell: a sector the dashboard’s team assigned, not the source.',
  },
  colCompany: { id: 'charts.seda.column-company', defaultMessage: 'Company', description: 'Table header.' },
  colNotes: { id: 'charts.seda.column-notes', defaultMessage: 'Notes', description: 'Table header.' },
  assignedSource: {
    id: 'charts.seda.assigned-source',
    defaultMessage: 'Sectors assigned by the Tech Corridor team',
    description: 'Where the companies’ sectors come from (the dashboard’s team), shown as a source.',
  },
  assignedMethod: {
    id: 'charts.seda.assigned-method',
    defaultMessage:
      'Each company is placed in one sector from its main business; the source names no sectors.',
    description: 'How the companies’ sectors were assigned.',
  },
  companiesSummary: {
    id: 'charts.seda.companies-summary',
    defaultMessage:
      '{count, plural, one {# company is} other {# companies are}} named at SEDA across {sectors, plural, one {# sector} other {# sectors}}: {names}{announced, select, yes {, all by the 2022 announcement alone} other {}}.{ours, select, yes { The sectors are our classification: the source names none.} other {}}',
    description:
      'Summary of SEDA’s named companies (SEDA: Shenyang Economic and Technological Development Zone); names is a list of company names.',
  },
});

/** SEDA's companies as the announcement names them, counted by sector and labelled by name. */
export function toNamedCompanies(
  companies: readonly Company[],
  names: Names,
  locale: Locale,
): Shaped<CategoryChartModel> | null {
  if (companies.length === 0) return null;
  const list = (items: readonly string[]) => listOf(items, locale);
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
    d.display[id] = locale.format(messages.countNamed, {
      count: locale.number(named.length),
      names: list(named.map((c) => c.name)),
    });
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
      sector: c.sectorMethod
        ? locale.format(messages.ourSector, { sector: names.sectors.get(c.sectorId) ?? c.sectorId })
        : (names.sectors.get(c.sectorId) ?? c.sectorId),
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
      series: order.map((id) => sectorBar(id, names)),
      data: points.all(),
    },
    table: {
      columns: [
        { key: 'company', header: locale.format(messages.colCompany) },
        { key: 'sector', header: locale.format(columnMessages.sector) },
        { key: 'zone', header: locale.format(columnMessages.zone) },
        { key: 'notes', header: locale.format(messages.colNotes) },
      ],
      rows,
    },
    provenances: [
      ...companies.map((c) => c.provenance),
      ...(companies.some((c) => c.sectorMethod)
        ? [
            {
              kind: 'estimate' as const,
              source: locale.format(messages.assignedSource),
              url: null,
              asOf: null,
              method: locale.format(messages.assignedMethod),
            },
          ]
        : []),
    ],
    summary: locale.format(messages.companiesSummary, {
      count: companies.length,
      sectors: order.length,
      names: list(companies.map((c) => c.name)),
      announced: companies.every((c) => c.provenance.kind === 'announcement') ? 'yes' : 'no',
      ours: companies.some((c) => c.sectorMethod) ? 'yes' : 'no',
    }),
  };
}
