import type { Observation } from '@/domain/observation';
import { describePeriod, formatPercentChange, formatValue } from '@/lib/format';
import type { SeriesSpec, Shaped, TimeChartModel } from './chart-model';
import { emptyDatum, figureRow, setValue } from './figure-rows';
import { seriesOf } from '@/domain/observation-series';
import { seriesPaint, type Paint } from './palette';
import { paddedDomain, periodMidpoint, periodTicks } from './time-axis';
import { markersWithin, type EventMarker } from './to-event-markers';

/**
 * One fiscal-year series as bars (ICT export remittances, PBS IT exports): one series per chart,
 * because the SBP and PBS series measure different things and must never share an axis.
 */
export function toFiscalBars(
  observations: readonly Observation[],
  indicatorId: string,
  series: { label: string; paint: Paint; subject: string },
  markers: readonly EventMarker[],
): Shaped<TimeChartModel> | null {
  const list = seriesOf(observations, indicatorId, 'PAK');
  if (list.length === 0) return null;
  const spec: SeriesSpec = { key: 'value', label: series.label, paint: series.paint, type: 'bar' };
  const data = list.map((o) => {
    const d = emptyDatum(o.period, periodMidpoint(o.period), describePeriod(o.period));
    setValue(d, 'value', o, 'USD');
    d.labels = { value: formatValue(o.value, 'USD') };
    return d;
  });
  const domain = paddedDomain(data.map((d) => Number(d.x)));
  return {
    model: {
      unit: 'USD',
      series: [spec],
      data,
      domain,
      ticks: periodTicks(list.map((o) => o.period)),
      markers: markersWithin(markers, domain),
    },
    table: {
      columns: [
        { key: 'period', header: 'Fiscal year' },
        { key: 'series', header: 'Series' },
        { key: 'value', header: 'Value (US dollars)', numeric: true },
      ],
      rows: list.map((o) => figureRow(o.period, o, 'USD', { period: o.period, series: series.label })),
    },
    provenances: list.map((o) => o.provenance),
    summary: fiscalSummary(series.subject, list),
  };
}

const kindNote = {
  sourced: '',
  announcement: ' (as announced)',
  estimate: ' (a rounded estimate)',
  illustrative: ' (illustrative)',
};

function fiscalSummary(subject: string, list: readonly Observation[]): string {
  const last = list.at(-1);
  if (!last) return '';
  const prior = list.at(-2);
  const change =
    prior && prior.value !== 0
      ? `, ${last.value >= prior.value ? 'up' : 'down'} ${formatPercentChange(last.value / prior.value - 1).slice(1)} on ${prior.period}'s ${formatValue(prior.value, 'USD')}`
      : '';
  return `${subject} ${formatValue(last.value, 'USD')} in ${last.period}${kindNote[last.provenance.kind]}${change}.`;
}

/** The SBP ICT export series as the investment page and the presenter's slide both draw it. */
export const ictExportsSeries = {
  label: 'ICT export remittances (SBP)',
  paint: seriesPaint.pakistan,
  subject: 'ICT export remittances were',
};
