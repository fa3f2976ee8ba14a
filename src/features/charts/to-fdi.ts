import type { Observation } from '@/domain/observation';
import { derivedProvenance, type Provenance } from '@/domain/provenance';
import { sameVintageShare } from '@/domain/vintage';
import type { FigureRow } from '@/lib/figure-table';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import type { Datum, SeriesSpec, Shaped, TimeChartModel } from './chart-model';
import { datumMap, figureRow, setValue } from './figure-rows';
import { firstReportedOf, seriesOf } from '@/domain/observation-series';
import { seriesPaint } from './palette';
import { paddedDomain, periodMidpoint, periodTicks } from './time-axis';
import { markersWithin, type EventMarker } from './to-event-markers';

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
  method: {
    id: 'charts.fdi.share-method',
    defaultMessage:
      'Computed by the dashboard: net FDI from China {china} ÷ all countries {total}, {period}, both from the same report{vintage, select, revised { (revised figures)} first { (first reported figures)} other {}}.',
    description: "How China's share is computed; china and total are amounts, period a fiscal year.",
  },
  colPeriod: { id: 'charts.fdi.column-period', defaultMessage: 'Fiscal year', description: 'Table header.' },
  colSeries: { id: 'charts.fdi.column-series', defaultMessage: 'Series', description: 'Table header.' },
  colVintage: {
    id: 'charts.fdi.column-vintage',
    defaultMessage: 'Vintage',
    description: 'Table header: revised or first reported.',
  },
  colValue: {
    id: 'charts.fdi.column-value',
    defaultMessage: 'Value (USD; share in %)',
    description: 'Table header: amounts in US dollars, China’s share in per cent.',
  },
  summaryTotal: {
    id: 'charts.fdi.summary-total',
    defaultMessage: 'Net FDI into Pakistan was {total} in {period}',
    description: 'First clause of the FDI chart summary; total is an amount, period a fiscal year.',
  },
  summaryPeriod: {
    id: 'charts.fdi.summary-period',
    defaultMessage: 'In {period}',
    description: 'First clause of the FDI chart summary when there is no total for the year.',
  },
  summaryChina: {
    id: 'charts.fdi.summary-china',
    defaultMessage:
      "{lead}; China's part was {china}{share, select, none {} other { ({share} of the total)}}{direction, select, up {, up {change} on {prior}'s {revised, select, yes {revised } other {}}{priorValue}} down {, down {change} on {prior}'s {revised, select, yes {revised } other {}}{priorValue}} other {}}.",
    description:
      "The FDI chart summary with China's part. lead is the first clause (charts.fdi.summary-total); share a percentage or 'none'; change a percentage; prior a fiscal year; priorValue an amount.",
  },
  summaryOnly: {
    id: 'charts.fdi.summary-only',
    defaultMessage: '{lead}.',
    description: 'The FDI chart summary without China’s part; lead is its first clause.',
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
 * China's share of all net FDI in one fiscal year, from the two figures of one reporting round
 * (SBP revises both, not always together): a revised total never divides a first-reported China figure.
 */
function chinaShare(
  observations: readonly Observation[],
  period: string,
  locale: Locale,
): { value: number; vintage: Observation['vintage']; provenance: Provenance } | undefined {
  const share = sameVintageShare(
    observations.filter((o) => o.geo === 'PAK'),
    'fdi-net-china',
    'fdi-net-total',
    period,
  );
  if (!share) return undefined;
  const { part: china, whole: total } = share;
  return {
    value: share.value,
    vintage: china.vintage,
    provenance: derivedProvenance(
      [china.provenance, total.provenance],
      locale.format(messages.method, {
        china: locale.value(china.value, 'USD'),
        total: locale.value(total.value, 'USD'),
        period: locale.period(period),
        vintage: china.vintage === 'first-reported' ? 'first' : (china.vintage ?? 'none'),
      }),
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
  const domain = paddedDomain(data.map((d) => Number(d.x)));
  return {
    model: {
      unit: 'USD',
      series: fdiSeries(locale),
      data,
      domain,
      ticks: periodTicks(
        data.map((d) => d.key),
        locale,
      ),
      markers: markersWithin(markers, domain),
    },
    table: {
      columns: [
        { key: 'period', header: locale.format(messages.colPeriod) },
        { key: 'series', header: locale.format(messages.colSeries) },
        { key: 'vintage', header: locale.format(messages.colVintage) },
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

function fdiSummary(data: readonly Datum[], locale: Locale): string {
  const withChina = data.filter((d) => d.values.china !== undefined);
  const last = withChina.at(-1) ?? data.at(-1);
  if (!last) return '';
  const prior = withChina.at(-2);
  const total = last.values.total;
  const china = last.values.china;
  const period = locale.period(last.key);
  const lead =
    total !== undefined
      ? locale.format(messages.summaryTotal, { total: locale.value(total, 'USD'), period })
      : locale.format(messages.summaryPeriod, { period });
  if (china === undefined) return locale.format(messages.summaryOnly, { lead });
  const before = prior?.values.china;
  const changed = before !== undefined && before !== 0;
  return locale.format(messages.summaryChina, {
    lead,
    china: locale.value(china, 'USD'),
    share: last.labels?.china ?? 'none',
    direction: !changed ? 'none' : china >= before ? 'up' : 'down',
    change: changed ? locale.percentChange(china / before - 1).replace(/^[+−±]/, '') : '',
    prior: prior ? locale.period(prior.key) : '',
    revised: prior?.firstReported?.china ? 'yes' : 'no',
    priorValue: changed ? locale.value(before, 'USD') : '',
  });
}
