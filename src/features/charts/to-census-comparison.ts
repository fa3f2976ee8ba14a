import type { Observation } from '@/domain/observation';
import type { FigureRow } from '@/lib/figure-table';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import { formatAxisValue, type CategoryChartModel, type Shaped } from './chart-model';
import { emptyDatum, figureRow, setValue } from './figure-rows';
import { seriesOf } from '@/domain/observation-series';
import { seriesPaint } from './palette';
import { columnMessages } from '@/lib/column-messages';
import { unsigned } from './summaries';

const messages = defineMessages({
  census: {
    id: 'charts.census.series-census',
    defaultMessage: 'Census count (PBS)',
    description: 'Legend key and table cell: the census count by the Pakistan Bureau of Statistics.',
  },
  wb: {
    id: 'charts.census.series-world-bank',
    defaultMessage: 'World Bank estimate',
    description: 'Legend key and table cell.',
  },
  gap: {
    id: 'charts.census.gap',
    defaultMessage: 'gap {value}',
    description: 'Second line under a census year: how far the census and the World Bank disagree.',
  },
  noEstimate: {
    id: 'charts.census.summary-no-estimate',
    defaultMessage:
      'The {year} census counted {count} people; the World Bank gives no estimate for that year.',
    description: 'Summary; count is a number of people.',
  },
  summary: {
    id: 'charts.census.summary',
    defaultMessage:
      "The {year} census counted {count} people, {gap} ({share}) {direction, select, fewer {fewer} other {more}} than the World Bank's estimate for that year{hasEarlier, select, yes {; in {earlierYear} the gap was {earlierGap}.} other {.}}",
    description: 'Summary; count and gaps are numbers of people, share a percentage.',
  },
});

/**
 * Pakistan's census counts beside the World Bank's estimate for the same year. They disagree
 * (the World Bank adjusts for under-count), so both stand side by side with their sources.
 */
export function toCensusComparison(
  census: readonly Observation[],
  worldBank: readonly Observation[],
  locale: Locale,
): Shaped<CategoryChartModel> | null {
  const counts = seriesOf(census, 'population', 'PAK');
  if (counts.length === 0) return null;
  const estimates = seriesOf(worldBank, 'wb:SP.POP.TOTL', 'PAK');
  const rows: FigureRow[] = [];
  const censusLabel = locale.format(messages.census);
  const wbLabel = locale.format(messages.wb);
  const data = counts.map((count) => {
    const year = locale.period(count.period);
    const d = emptyDatum(count.period, year, year);
    setValue(d, 'census', count, 'persons', locale);
    d.labels = { census: formatAxisValue(count.value, 'persons', locale, 2) };
    rows.push(
      figureRow(
        `census-${count.period}`,
        count,
        'persons',
        { period: count.period, series: censusLabel },
        locale,
      ),
    );
    const estimate = estimates.find((o) => o.period === count.period);
    if (estimate) {
      setValue(d, 'wb', estimate, 'persons', locale);
      d.labels.wb = formatAxisValue(estimate.value, 'persons', locale, 2);
      d.caption = locale.format(messages.gap, {
        value: formatAxisValue(Math.abs(estimate.value - count.value), 'persons', locale, 2),
      });
      rows.push(
        figureRow(
          `wb-${count.period}`,
          estimate,
          'persons',
          { period: count.period, series: wbLabel },
          locale,
        ),
      );
    }
    return d;
  });
  return {
    model: {
      unit: 'persons',
      layout: 'columns',
      stacked: false,
      series: [
        { key: 'census', label: censusLabel, paint: seriesPaint.census, type: 'bar' },
        {
          key: 'wb',
          label: wbLabel,
          paint: seriesPaint.pakistan,
          type: 'bar',
          pattern: 'dots',
        },
      ],
      data,
    },
    table: {
      columns: [
        { key: 'period', header: locale.format(columnMessages.year) },
        { key: 'series', header: locale.format(columnMessages.series) },
        { key: 'value', header: locale.format(columnMessages.population), numeric: true },
      ],
      rows,
    },
    provenances: rows.map((r) => r.provenance),
    summary: censusSummary(counts, estimates, locale),
  };
}

function censusSummary(
  counts: readonly Observation[],
  estimates: readonly Observation[],
  locale: Locale,
): string {
  const gaps = counts.flatMap((c) => {
    const e = estimates.find((o) => o.period === c.period);
    return e ? [{ period: c.period, count: c.value, gap: e.value - c.value }] : [];
  });
  const latest = counts.at(-1);
  const last = gaps.at(-1);
  if (!latest) return '';
  if (!last || last.period !== latest.period)
    return locale.format(messages.noEstimate, {
      year: locale.period(latest.period),
      count: locale.value(latest.value, 'persons'),
    });
  const earlier = gaps.length > 1 ? gaps[gaps.length - 2] : undefined;
  return locale.format(messages.summary, {
    year: locale.period(last.period),
    count: locale.value(last.count, 'persons'),
    gap: locale.value(Math.abs(last.gap), 'persons'),
    share: unsigned(locale.percentChange(Math.abs(last.gap) / (last.count + last.gap))),
    direction: last.gap > 0 ? 'fewer' : 'more',
    hasEarlier: earlier ? 'yes' : 'no',
    earlierYear: earlier ? locale.period(earlier.period) : '',
    earlierGap: earlier ? locale.value(Math.abs(earlier.gap), 'persons') : '',
  });
}
