import type { Observation } from '@/domain/observation';
import type { Provenance } from '@/domain/provenance';
import type { FigureRow } from '@/lib/figure-table';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import type { SeriesSpec, Shaped, TimeChartModel } from './chart-model';
import { chinaShare } from './fdi-share';
import { fdiSummary } from './fdi-summary';
import { datumMap, figureRow, setValue } from './figure-rows';
import { firstReportedOf, seriesOf } from '@/domain/observation-series';
import { seriesPaint } from './palette';
import { periodAxis } from './period-axis';
import { periodMidpoint } from './time-axis';
import type { EventMarker } from './to-event-markers';
import { columnMessages } from '@/lib/column-messages';

const messages = defineMessages({
  totalSeries: {
    id: 'charts.fdi.series-total',
    defaultMessage: 'Net FDI, all countries',
    description: 'Legend key: net foreign direct investment into Pakistan from all countries.',
  },
  chinaSeries: {
    id: 'charts.fdi.series-china',
    defaultMessage: 'Net FDI from China',
    description: 'Legend key: net foreign direct investment into Pakistan from China.',
  },
  allCountries: {
    id: 'charts.fdi.row-all-countries',
    defaultMessage: 'All countries',
    description: 'Table and CSV cell: the series of net FDI from all countries.',
  },
  china: {
    id: 'charts.fdi.row-china',
    defaultMessage: 'China',
    description: 'Table and CSV cell: the series of net FDI from China.',
  },
  share: {
    id: 'charts.fdi.row-share',
    defaultMessage: 'China’s share (derived)',
    description: "Table and CSV cell: China's share of all net FDI, computed by the dashboard.",
  },
  vintage: {
    id: 'charts.fdi.vintage',
    defaultMessage: '{vintage, select, revised {revised} other {first reported}}',
    description: 'Table cell: whether a figure is the State Bank’s revised one or the one it first reported.',
  },
  colValue: {
    id: 'charts.fdi.column-value',
    defaultMessage: 'Value (USD; share in %)',
    description: 'Table header: amounts in US dollars, China’s share in per cent.',
  },
});

const fdiSeries = (locale: Locale): SeriesSpec[] => [
  { key: 'total', label: locale.format(messages.totalSeries), paint: seriesPaint.total, type: 'bar' },
  {
    key: 'china',
    label: locale.format(messages.chinaSeries),
    paint: seriesPaint.china,
    type: 'bar',
    pattern: 'diagonal-back',
  },
];

const vintageWord = (vintage: Observation['vintage'], locale: Locale) =>
  vintage ? locale.format(messages.vintage, { vintage }) : '';

/**
 * Net FDI into Pakistan by fiscal year, all countries and China, with China's share over its bar.
 * Where SBP revised a year the revised figure is the bar and the first-reported one a dashed tick.
 */
export function toFdiChart(
  observations: readonly Observation[],
  markers: readonly EventMarker[],
  locale: Locale,
): Shaped<TimeChartModel> | null {
  const totals = seriesOf(observations, 'fdi-net-total', 'PAK');
  const china = seriesOf(observations, 'fdi-net-china', 'PAK');
  if (totals.length === 0 && china.length === 0) return null;
  const points = datumMap();
  const rows: FigureRow[] = [];
  const provenances: Provenance[] = [];
  const add = (key: 'total' | 'china', o: Observation, label: string) => {
    const d = points.get(o.period, periodMidpoint(o.period), locale.describePeriod(o.period));
    setValue(d, key, o, 'USD', locale);
    provenances.push(o.provenance);
    rows.push(
      figureRow(
        `${key}-${o.period}`,
        o,
        'USD',
        {
          period: o.period,
          series: label,
          vintage: vintageWord(o.vintage, locale),
        },
        locale,
      ),
    );
    const first = firstReportedOf(observations, o);
    if (first) {
      d.firstReported = {
        ...d.firstReported,
        [key]: { value: first.value, display: locale.value(first.value, 'USD') },
      };
      provenances.push(first.provenance);
      rows.push(
        figureRow(
          `${key}-${o.period}-first`,
          first,
          'USD',
          {
            period: o.period,
            series: label,
            vintage: vintageWord('first-reported', locale),
          },
          locale,
        ),
      );
    }
    return d;
  };
  for (const o of totals) add('total', o, locale.format(messages.allCountries));
  for (const o of china) {
    const d = add('china', o, locale.format(messages.china));
    const share = chinaShare(observations, o.period, locale);
    if (share) {
      d.labels = { china: locale.value(Math.round(share.value), '%') };
      rows.push(
        figureRow(
          `share-${o.period}`,
          share,
          '%',
          {
            period: o.period,
            series: locale.format(messages.share),
            vintage: vintageWord(share.vintage, locale),
          },
          locale,
        ),
      );
    }
  }
  const data = points.all().sort((a, b) => Number(a.x) - Number(b.x));
  return {
    model: {
      unit: 'USD',
      series: fdiSeries(locale),
      data,
      ...periodAxis(data, markers, locale),
    },
    table: {
      columns: [
        { key: 'period', header: locale.format(columnMessages.fiscalYear) },
        { key: 'series', header: locale.format(columnMessages.series) },
        { key: 'vintage', header: locale.format(columnMessages.vintage) },
        { key: 'value', header: locale.format(messages.colValue), numeric: true },
      ],
      rows: rows.sort(
        (a, b) => periodMidpoint(String(a.values.period)) - periodMidpoint(String(b.values.period)),
      ),
    },
    provenances,
    summary: fdiSummary(data, locale),
  };
}
