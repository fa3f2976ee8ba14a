import type { Company } from '@/domain/company';
import type { Observation } from '@/domain/observation';
import { shortSource } from '@/components/source-line';
import type { FigureRow } from '@/lib/figure-table';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import type { CategoryChartModel, Shaped } from './chart-model';
import { datumMap } from './figure-rows';
import { strongestFirst } from '@/domain/disagreement';
import { seriesOf } from '@/domain/observation-series';
import { sectorPaint, seriesPaint } from './palette';
import { listOf } from './summaries';
import type { Names } from './to-breakdown';

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
  colSector: { id: 'charts.seda.column-sector', defaultMessage: 'Sector', description: 'Table header.' },
  colZone: { id: 'charts.seda.column-zone', defaultMessage: 'Zone', description: 'Table header.' },
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
  fortuneSeries: {
    id: 'charts.seda.fortune-series',
    defaultMessage: 'Companies on a Fortune list, at SEDA',
    description: 'Legend key: how many companies on a Fortune list SEDA has, as each source says.',
  },
  fortuneCategory: {
    id: 'charts.seda.fortune-category',
    defaultMessage: '{year} {what, select, announcement {announcement} other {report}}',
    description: 'A bar’s name: the year and whether the figure is from a report or the announcement.',
  },
  fortuneHeading: {
    id: 'charts.seda.fortune-heading',
    defaultMessage: '{category}, {list}: {source}',
    description: 'Tooltip heading: the bar’s name, the list as the source names it, and the source.',
  },
  fortuneListed: {
    id: 'charts.seda.fortune-listed',
    defaultMessage: 'Fortune-listed',
    description: 'The list’s name when the source gives none.',
  },
  colYear: { id: 'charts.seda.column-year', defaultMessage: 'Year', description: 'Table header.' },
  colList: {
    id: 'charts.seda.column-list',
    defaultMessage: 'List, as the source names it',
    description: 'Table header: which Fortune list.',
  },
  colCompanies: {
    id: 'charts.seda.column-companies',
    defaultMessage: 'Companies',
    description: 'Table header.',
  },
  fortuneDisagree: {
    id: 'charts.seda.fortune-summary',
    defaultMessage:
      'A {reportYear} report ({reportSource}) counted {reportCount} {reportList} companies at SEDA; SEDA claimed {claimCount} "{claimList}" companies at the {claimYear} Letter of Intent. The sources disagree and name different lists, so the gap is not a trend.',
    description:
      'Summary when a report and the 2022 announcement give different counts of Fortune-listed companies at SEDA. Lists are names such as "Fortune Global 500".',
  },
  fortuneItem: {
    id: 'charts.seda.fortune-item',
    defaultMessage: '{count} {list} companies ({year}, {source})',
    description: 'One figure in the Fortune summary when the sources do not disagree.',
  },
  fortuneList: {
    id: 'charts.seda.fortune-summary-list',
    defaultMessage: '{items}.',
    description: 'The Fortune summary: figures separated by semicolons.',
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
        { key: 'company', header: locale.format(messages.colCompany) },
        { key: 'sector', header: locale.format(messages.colSector) },
        { key: 'zone', header: locale.format(messages.colZone) },
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

/**
 * SEDA's count on the Fortune lists as each source states it, strongest first (docs/data.md):
 * two figures side by side, each naming its own list, never a trend.
 */
export function toFortune500(
  observations: readonly Observation[],
  locale: Locale,
): Shaped<CategoryChartModel> | null {
  const figures = strongestFirst(seriesOf(observations, 'seda-fortune500', 'cn-seda'));
  const listName = (o: Observation) => o.definition ?? locale.format(messages.fortuneListed);
  if (figures.length === 0) return null;
  const points = datumMap();
  for (const o of figures) {
    const category = locale.format(messages.fortuneCategory, {
      year: locale.period(o.period),
      what: o.provenance.kind === 'announcement' ? 'announcement' : 'report',
    });
    const d = points.get(
      o.period,
      category,
      locale.format(messages.fortuneHeading, {
        category,
        list: listName(o),
        source: shortSource(o.provenance.source),
      }),
    );
    d.values.count = o.value;
    d.display.count = locale.number(o.value);
    d.kinds.count = o.provenance.kind;
    d.labels = { count: locale.number(o.value) };
    d.caption = shortSource(o.provenance.source, 28);
    d.captionLang = 'en';
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
          label: locale.format(messages.fortuneSeries),
          paint: seriesPaint.china,
          type: 'bar',
        },
      ],
      data: points.all(),
    },
    table: {
      columns: [
        { key: 'period', header: locale.format(messages.colYear) },
        { key: 'list', header: locale.format(messages.colList) },
        { key: 'value', header: locale.format(messages.colCompanies), numeric: true },
      ],
      rows: figures.map((o) => ({
        id: o.period,
        values: { period: o.period, list: listName(o), value: o.value },
        display: { period: locale.period(o.period), value: locale.number(o.value) },
        provenance: o.provenance,
      })),
    },
    provenances: figures.map((o) => o.provenance),
    summary:
      claim && report
        ? locale.format(messages.fortuneDisagree, {
            reportYear: locale.period(report.period),
            reportSource: shortSource(report.provenance.source),
            reportCount: locale.number(report.value),
            reportList: listName(report),
            claimCount: locale.number(claim.value),
            claimList: listName(claim),
            claimYear: locale.period(claim.period),
          })
        : locale.format(messages.fortuneList, {
            items: figures
              .map((o) =>
                locale.format(messages.fortuneItem, {
                  count: locale.number(o.value),
                  list: listName(o),
                  year: locale.period(o.period),
                  source: shortSource(o.provenance.source),
                }),
              )
              .join('; '),
          }),
  };
}
