import type { Observation } from '@/domain/observation';
import type { Locale } from '@/lib/locale';
import { defineMessages, type MessageDescriptor } from '@/lib/messages';
import type { SeriesSpec, Shaped, TimeChartModel } from './chart-model';
import { emptyDatum, figureRow, setValue } from './figure-rows';
import { seriesOf } from '@/domain/observation-series';
import { seriesPaint, type Paint } from './palette';
import { periodAxis } from './period-axis';
import { periodMidpoint } from './time-axis';
import type { EventMarker } from './to-event-markers';
import { columnMessages } from '@/lib/column-messages';
import { unsigned } from './summaries';

const messages = defineMessages({
  ictLabel: {
    id: 'charts.fiscal-bars.ict-label',
    defaultMessage: 'ICT export remittances (SBP)',
    description: "Legend key and table cell: the State Bank of Pakistan's ICT export remittances.",
  },
  ictSummary: {
    id: 'charts.fiscal-bars.ict-summary',
    defaultMessage:
      "ICT export remittances were {value} in {period}{kind, select, announcement { (as announced)} estimate { (a rounded estimate)} illustrative { (illustrative)} other {}}{direction, select, up {, up {change} on {prior}'s {priorValue}} down {, down {change} on {prior}'s {priorValue}} other {}}.",
    description:
      'Chart summary. value and priorValue are amounts, period and prior fiscal years, change a percentage.',
  },
  pbsLabel: {
    id: 'charts.fiscal-bars.pbs-label',
    defaultMessage: 'IT services exports (PBS)',
    description: "Legend key and table cell: the Pakistan Bureau of Statistics' IT services exports.",
  },
  pbsSummary: {
    id: 'charts.fiscal-bars.pbs-summary',
    defaultMessage:
      "PBS counted IT services exports of {value} in {period}{kind, select, announcement { (as announced)} estimate { (a rounded estimate)} illustrative { (illustrative)} other {}}{direction, select, up {, up {change} on {prior}'s {priorValue}} down {, down {change} on {prior}'s {priorValue}} other {}}.",
    description:
      'Chart summary. value and priorValue are amounts, period and prior fiscal years, change a percentage.',
  },
});

/** A fiscal-year bar series: its legend label and the summary sentence that names it. */
export interface FiscalSeries {
  label: MessageDescriptor;
  paint: Paint;
  summary: MessageDescriptor;
}

/**
 * One fiscal-year series as bars (ICT export remittances, PBS IT exports): one series per chart,
 * because the SBP and PBS series measure different things and must never share an axis.
 */
export function toFiscalBars(
  observations: readonly Observation[],
  indicatorId: string,
  series: FiscalSeries,
  markers: readonly EventMarker[],
  locale: Locale,
): Shaped<TimeChartModel> | null {
  const list = seriesOf(observations, indicatorId, 'PAK');
  if (list.length === 0) return null;
  const label = locale.format(series.label);
  const spec: SeriesSpec = { key: 'value', label, paint: series.paint, type: 'bar' };
  const data = list.map((o) => {
    const d = emptyDatum(o.period, periodMidpoint(o.period), locale.describePeriod(o.period));
    setValue(d, 'value', o, 'USD', locale);
    d.labels = { value: locale.value(o.value, 'USD') };
    return d;
  });
  return {
    model: {
      unit: 'USD',
      series: [spec],
      data,
      ...periodAxis(data, markers, locale),
    },
    table: {
      columns: [
        { key: 'period', header: locale.format(columnMessages.fiscalYear) },
        { key: 'series', header: locale.format(columnMessages.series) },
        { key: 'value', header: locale.format(columnMessages.valueUsd), numeric: true },
      ],
      rows: list.map((o) => figureRow(o.period, o, 'USD', { period: o.period, series: label }, locale)),
    },
    provenances: list.map((o) => o.provenance),
    summary: fiscalSummary(series.summary, list, locale),
  };
}

function fiscalSummary(message: MessageDescriptor, list: readonly Observation[], locale: Locale): string {
  const last = list.at(-1);
  if (!last) return '';
  const prior = list.at(-2);
  const changed = prior !== undefined && prior.value !== 0;
  return locale.format(message, {
    value: locale.value(last.value, 'USD'),
    period: locale.period(last.period),
    kind: last.provenance.kind,
    direction: !changed ? 'none' : last.value >= prior.value ? 'up' : 'down',
    change: changed ? unsigned(locale.percentChange(last.value / prior.value - 1)) : '',
    prior: prior ? locale.period(prior.period) : '',
    priorValue: prior ? locale.value(prior.value, 'USD') : '',
  });
}

/** The SBP ICT export series as the investment page and the presenter's slide both draw it. */
export const ictExportsSeries: FiscalSeries = {
  label: messages.ictLabel,
  paint: seriesPaint.pakistan,
  summary: messages.ictSummary,
};

/** PBS's IT services exports: a different series from the State Bank's, charted apart. */
export const pbsExportsSeries: FiscalSeries = {
  label: messages.pbsLabel,
  paint: seriesPaint.total,
  summary: messages.pbsSummary,
};
