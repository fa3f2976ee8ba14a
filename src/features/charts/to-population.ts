import type { Observation } from '@/domain/observation';
import type { FigureRow } from '@/lib/figure-table';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import type { SeriesSpec, Shaped, TimeChartModel } from './chart-model';
import { datumMap, figureRow, setValue } from './figure-rows';
import { seriesOf } from '@/domain/observation-series';
import { seriesPaint } from './palette';
import { belowPeak, changeSince } from './summaries';
import { periodAxis } from './period-axis';
import { periodMidpoint } from './time-axis';
import type { EventMarker } from './to-event-markers';
import { columnMessages } from '@/lib/column-messages';
import { compareCodes } from '@/domain/compare';

export type Country = 'PAK' | 'CHN';

const messages = defineMessages({
  wb: {
    id: 'charts.population.series-world-bank',
    defaultMessage: 'World Bank estimate',
    description: 'Legend key and table cell: the World Bank’s population estimate.',
  },
  census: {
    id: 'charts.population.series-census',
    defaultMessage: 'Census count (PBS)',
    description: 'Legend key and table cell: the census count by the Pakistan Bureau of Statistics.',
  },
  estimate: {
    id: 'charts.population.summary-estimate',
    defaultMessage:
      "{country, select, PAK {Pakistan's} other {China's}} population was {value} in {period} by the World Bank's estimate, {trend}",
    description:
      'Clause of the population summary. value is a number of people ("251.27 million"); trend a clause such as "up 26.1% since 2010" or "3.39 million below its 2021 peak".',
  },
  censusGap: {
    id: 'charts.population.summary-census-gap',
    defaultMessage:
      "the {year} census counted {count}, {gap} {direction, select, fewer {fewer} other {more}} than the World Bank's figure for that year",
    description: 'Clause of the population summary; count and gap are numbers of people.',
  },
  censusOnly: {
    id: 'charts.population.summary-census',
    defaultMessage: 'the {year} census counted {count}',
    description: 'Clause of the population summary; count is a number of people.',
  },
  both: {
    id: 'charts.population.summary-both',
    defaultMessage: '{estimate}; {census}.',
    description: 'The population summary from its two clauses.',
  },
  one: {
    id: 'charts.population.summary-one',
    defaultMessage: '{clause}.',
    description: 'The population summary from one clause.',
  },
});

const WB = 'wb:SP.POP.TOTL';

/**
 * A country's population as the World Bank estimates it; for Pakistan the census counts sit on
 * the same axis as separate points, because the two disagree and both deserve to be seen.
 */
export function toPopulationChart(
  worldBank: readonly Observation[],
  census: readonly Observation[],
  country: Country,
  markers: readonly EventMarker[],
  locale: Locale,
): Shaped<TimeChartModel> | null {
  const estimates = seriesOf(worldBank, WB, country);
  const counts = country === 'PAK' ? seriesOf(census, 'population', 'PAK') : [];
  if (estimates.length === 0 && counts.length === 0) return null;
  const wbLabel = locale.format(messages.wb);
  const censusLabel = locale.format(messages.census);
  const series: SeriesSpec[] = [
    {
      key: 'wb',
      label: wbLabel,
      paint: seriesPaint[country === 'PAK' ? 'pakistan' : 'china'],
      type: 'line',
      marker: 'circle',
    },
    ...(counts.length
      ? [
          {
            key: 'census',
            label: censusLabel,
            paint: seriesPaint.census,
            type: 'dots',
            marker: 'diamond',
          } as const,
        ]
      : []),
  ];
  const points = datumMap();
  const rows: FigureRow[] = [];
  for (const [key, list, label] of [
    ['wb', estimates, wbLabel],
    ['census', counts, censusLabel],
  ] as const) {
    for (const o of list) {
      const d = points.get(o.period, periodMidpoint(o.period), locale.describePeriod(o.period));
      setValue(d, key, o, 'persons', locale);
      rows.push(figureRow(`${key}-${o.period}`, o, 'persons', { period: o.period, series: label }, locale));
    }
  }
  const data = points.all().sort((a, b) => Number(a.x) - Number(b.x));
  return {
    model: {
      unit: 'persons',
      series,
      data,
      ...periodAxis(data, markers, locale),
      zoomY: true,
    },
    table: {
      columns: [
        { key: 'period', header: locale.format(columnMessages.year) },
        { key: 'series', header: locale.format(columnMessages.series) },
        { key: 'value', header: locale.format(columnMessages.population), numeric: true },
      ],
      rows: rows.sort((a, b) => compareCodes(String(a.values.period), String(b.values.period))),
    },
    provenances: [...estimates, ...counts].map((o) => o.provenance),
    summary: populationSummary(country, estimates, counts, locale),
  };
}

function populationSummary(
  country: Country,
  estimates: readonly Observation[],
  counts: readonly Observation[],
  locale: Locale,
): string {
  const first = estimates[0];
  const last = estimates.at(-1);
  const census = counts.at(-1);
  const parts: string[] = [];
  if (first && last) {
    const peak = belowPeak(estimates, 'persons', locale);
    parts.push(
      locale.format(messages.estimate, {
        country,
        value: locale.value(last.value, 'persons'),
        period: locale.period(last.period),
        trend: peak || changeSince(first, last, 'persons', locale),
      }),
    );
  }
  if (census) {
    const same = estimates.find((o) => o.period === census.period);
    const gap = same ? same.value - census.value : 0;
    const year = locale.period(census.period);
    const count = locale.value(census.value, 'persons');
    parts.push(
      same && gap !== 0
        ? locale.format(messages.censusGap, {
            year,
            count,
            gap: locale.value(Math.abs(gap), 'persons'),
            direction: gap > 0 ? 'fewer' : 'more',
          })
        : locale.format(messages.censusOnly, { year, count }),
    );
  }
  const [one, two] = parts;
  if (!one) return '';
  const sentence = two
    ? locale.format(messages.both, { estimate: one, census: two })
    : locale.format(messages.one, { clause: one });
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}`;
}
