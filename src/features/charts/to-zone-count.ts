import type { Observation } from '@/domain/observation';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import type { Shaped, TimeChartModel } from './chart-model';
import { emptyDatum, figureRow, setValue } from './figure-rows';
import { seriesOf } from '@/domain/observation-series';
import { seriesPaint } from './palette';
import { listOf } from './summaries';
import { paddedDomain, periodMidpoint, periodTicks } from './time-axis';
import { markersWithin, type EventMarker } from './to-event-markers';

const messages = defineMessages({
  series: {
    id: 'charts.zone-count.series',
    defaultMessage: 'Zones reported',
    description: 'Legend key: the number of Special Technology Zones a source reported.',
  },
  colPeriod: {
    id: 'charts.zone-count.column-period',
    defaultMessage: 'Reported',
    description: 'Table header: when.',
  },
  colDefinition: {
    id: 'charts.zone-count.column-definition',
    defaultMessage: 'What was counted',
    description: 'Table header: the source’s own wording of what it counted.',
  },
  colValue: {
    id: 'charts.zone-count.column-value',
    defaultMessage: 'Special Technology Zones',
    description: 'Table header: the number of zones.',
  },
  earlier: {
    id: 'charts.zone-count.earlier',
    defaultMessage: '{count} in {period}',
    description: 'An earlier count in the summary list ("16 in Aug 2024").',
  },
  summary: {
    id: 'charts.zone-count.summary',
    defaultMessage:
      '{count} Special Technology Zones were reported in {period}{estimate, select, yes { (an estimate: the source’s wording is ambiguous)} other {}}{earlier, select, none {.} other {, against {earlier}.}}{differ, select, yes { The sources count differently, so no change between them is shown.} other {}}',
    description:
      'Chart summary. count is a number, period a month; earlier a list of "16 in Aug 2024" items or "none".',
  },
});

/**
 * Special Technology Zones as reported at each date. Sources count differently (rolled out,
 * notified, "cited"), so each point keeps its own source and the line only guides the eye.
 */
export function toZoneCountChart(
  observations: readonly Observation[],
  markers: readonly EventMarker[],
  locale: Locale,
): Shaped<TimeChartModel> | null {
  const list = seriesOf(observations, 'stz-count', 'PAK');
  if (list.length === 0) return null;
  const data = list.map((o) => {
    const d = emptyDatum(o.period, periodMidpoint(o.period), locale.period(o.period));
    setValue(d, 'zones', o, 'count', locale);
    d.labels = { zones: `${locale.number(o.value)}${o.provenance.kind === 'estimate' ? ' ≈' : ''}` };
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
          label: locale.format(messages.series),
          paint: seriesPaint.pakistan,
          // Points, not a line: the sources count differently, so joining them would claim a trend.
          type: 'dots',
          marker: 'square',
        },
      ],
      data,
      domain,
      ticks: periodTicks(
        list.map((o) => o.period),
        locale,
      ),
      markers: markersWithin(markers, domain),
    },
    table: {
      columns: [
        { key: 'period', header: locale.format(messages.colPeriod) },
        { key: 'definition', header: locale.format(messages.colDefinition) },
        { key: 'value', header: locale.format(messages.colValue), numeric: true },
      ],
      rows: list.map((o) =>
        figureRow(o.period, o, 'count', { period: o.period, definition: o.definition ?? '' }, locale),
      ),
    },
    provenances: list.map((o) => o.provenance),
    summary: last
      ? locale.format(messages.summary, {
          count: locale.number(last.value),
          period: locale.period(last.period),
          estimate: last.provenance.kind === 'estimate' ? 'yes' : 'no',
          earlier: earlier.length
            ? listOf(
                earlier.map((o) =>
                  locale.format(messages.earlier, {
                    count: locale.number(o.value),
                    period: locale.period(o.period),
                  }),
                ),
                locale,
              )
            : 'none',
          differ: new Set(list.map((o) => o.definition ?? '')).size > 1 ? 'yes' : 'no',
        })
      : '',
  };
}
