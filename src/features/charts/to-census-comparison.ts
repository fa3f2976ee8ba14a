import type { Observation } from '@/domain/observation';
import { formatPercentChange, formatValue } from '@/lib/format';
import type { FigureRow } from '@/lib/figure-table';
import { formatAxisValue, type CategoryChartModel, type Shaped } from './chart-model';
import { emptyDatum, figureRow, setValue } from './figure-rows';
import { seriesOf } from '@/domain/observation-series';
import { seriesPaint } from './palette';

/**
 * Pakistan's census counts beside the World Bank's estimate for the same year. They disagree
 * (the World Bank adjusts for under-count), so both stand side by side with their sources.
 */
export function toCensusComparison(
  census: readonly Observation[],
  worldBank: readonly Observation[],
): Shaped<CategoryChartModel> | null {
  const counts = seriesOf(census, 'population', 'PAK');
  if (counts.length === 0) return null;
  const estimates = seriesOf(worldBank, 'wb:SP.POP.TOTL', 'PAK');
  const rows: FigureRow[] = [];
  const data = counts.map((count) => {
    const d = emptyDatum(count.period, count.period, `${count.period}`);
    setValue(d, 'census', count, 'persons');
    d.labels = { census: formatAxisValue(count.value, 'persons', 2) };
    rows.push(
      figureRow(`census-${count.period}`, count, 'persons', {
        period: count.period,
        series: 'Census count (PBS)',
      }),
    );
    const estimate = estimates.find((o) => o.period === count.period);
    if (estimate) {
      setValue(d, 'wb', estimate, 'persons');
      d.labels.wb = formatAxisValue(estimate.value, 'persons', 2);
      d.caption = `gap ${formatAxisValue(Math.abs(estimate.value - count.value), 'persons', 2)}`;
      rows.push(
        figureRow(`wb-${count.period}`, estimate, 'persons', {
          period: count.period,
          series: 'World Bank estimate',
        }),
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
        { key: 'census', label: 'Census count (PBS)', paint: seriesPaint.census, type: 'bar' },
        {
          key: 'wb',
          label: 'World Bank estimate',
          paint: seriesPaint.pakistan,
          type: 'bar',
          pattern: 'dots',
        },
      ],
      data,
    },
    table: {
      columns: [
        { key: 'period', header: 'Year' },
        { key: 'series', header: 'Series' },
        { key: 'value', header: 'Population (persons)', numeric: true },
      ],
      rows,
    },
    provenances: rows.map((r) => r.provenance),
    summary: censusSummary(counts, estimates),
  };
}

function censusSummary(counts: readonly Observation[], estimates: readonly Observation[]): string {
  const gaps = counts.flatMap((c) => {
    const e = estimates.find((o) => o.period === c.period);
    return e ? [{ period: c.period, count: c.value, gap: e.value - c.value }] : [];
  });
  const latest = counts.at(-1);
  const last = gaps.at(-1);
  if (!latest) return '';
  if (!last || last.period !== latest.period)
    return `The ${latest.period} census counted ${formatValue(latest.value, 'persons')} people; the World Bank gives no estimate for that year.`;
  const word = last.gap > 0 ? 'fewer' : 'more';
  const earlier = gaps.length > 1 ? gaps[gaps.length - 2] : undefined;
  return (
    `The ${last.period} census counted ${formatValue(last.count, 'persons')} people, ` +
    `${formatValue(Math.abs(last.gap), 'persons')} (${formatPercentChange(Math.abs(last.gap) / (last.count + last.gap)).slice(1)}) ${word} than the World Bank's estimate for that year` +
    (earlier ? `; in ${earlier.period} the gap was ${formatValue(Math.abs(earlier.gap), 'persons')}.` : '.')
  );
}
