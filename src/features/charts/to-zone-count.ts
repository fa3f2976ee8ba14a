import type { Observation } from '@/domain/observation';
import { formatPeriod } from '@/lib/format';
import type { Shaped, TimeChartModel } from './chart-model';
import { emptyDatum, figureRow, setValue } from './figure-rows';
import { seriesOf } from '@/domain/observation-series';
import { seriesPaint } from './palette';
import { paddedDomain, periodMidpoint, periodTicks } from './time-axis';
import { markersWithin, type EventMarker } from './to-event-markers';

/**
 * Special Technology Zones as reported at each date. Sources count differently (rolled out,
 * notified, "cited"), so each point keeps its own source and the line only guides the eye.
 */
export function toZoneCountChart(
  observations: readonly Observation[],
  markers: readonly EventMarker[],
): Shaped<TimeChartModel> | null {
  const list = seriesOf(observations, 'stz-count', 'PAK');
  if (list.length === 0) return null;
  const data = list.map((o) => {
    const d = emptyDatum(o.period, periodMidpoint(o.period), formatPeriod(o.period));
    setValue(d, 'zones', o, 'count');
    d.labels = { zones: `${o.value}${o.provenance.kind === 'estimate' ? ' ≈' : ''}` };
    return d;
  });
  // A year of room on the left brings the STZA Act and the Letters of Intent into view.
  const [start, end] = paddedDomain(
    data.map((d) => Number(d.x)),
    0.6,
  );
  const domain: [number, number] = [Math.min(start, 2021.5), end];
  const last = list.at(-1);
  const earlier = list.slice(0, -1).reverse();
  return {
    model: {
      unit: 'count',
      series: [
        {
          key: 'zones',
          label: 'Zones reported',
          paint: seriesPaint.pakistan,
          // Points, not a line: the sources count differently, so joining them would claim a trend.
          type: 'dots',
          marker: 'square',
        },
      ],
      data,
      domain,
      ticks: periodTicks(list.map((o) => o.period)),
      markers: markersWithin(markers, domain),
    },
    table: {
      columns: [
        { key: 'period', header: 'Reported' },
        { key: 'definition', header: 'What was counted' },
        { key: 'value', header: 'Special Technology Zones', numeric: true },
      ],
      rows: list.map((o) =>
        figureRow(o.period, o, 'count', { period: formatPeriod(o.period), definition: o.definition ?? '' }),
      ),
    },
    provenances: list.map((o) => o.provenance),
    summary: last
      ? `${last.value} Special Technology Zones were reported in ${formatPeriod(last.period)}${last.provenance.kind === 'estimate' ? ' (an estimate: the source’s wording is ambiguous)' : ''}` +
        (earlier.length
          ? `, against ${earlier.map((o) => `${o.value} in ${formatPeriod(o.period)}`).join(' and ')}.`
          : '.') +
        (new Set(list.map((o) => o.definition ?? '')).size > 1
          ? ' The sources count differently, so no change between them is shown.'
          : '')
      : '',
  };
}
