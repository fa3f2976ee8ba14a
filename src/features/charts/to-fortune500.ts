import type { Observation } from '@/domain/observation';
import { shortSource } from '@/components/source-line';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import type { CategoryChartModel, Shaped } from './chart-model';
import { datumMap } from './figure-rows';
import { strongestFirst } from '@/domain/disagreement';
import { seriesOf } from '@/domain/observation-series';
import { seriesPaint } from './palette';
import { columnMessages } from '@/lib/column-messages';

const messages = defineMessages({
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
        { key: 'period', header: locale.format(columnMessages.year) },
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
