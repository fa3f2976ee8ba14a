/**
 * Pure: a shaped time chart as a native PowerPoint chart. The values are the chart's own (unscaled,
 * so "open the data" shows the real figures); the axis format scales them as the screen does.
 */
import type { IndicatorUnit } from '@/domain/indicator';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import type { PptxChart } from '@/lib/pptx/deck-description';
import type { Shaped, TimeChartModel } from './chart-model';
import { markerTitle } from './to-event-markers';

const symbols: Record<IndicatorUnit, string> = {
  USD: '$',
  PKR: 'Rs ',
  CNY: '¥',
  persons: '',
  count: '',
  '%': '',
  '% per year': '',
};

/** An Excel number format for the value axis: "$1.5bn", "240m", "40%", "1,200". */
export function valueFormat(unit: IndicatorUnit, largest: number): string {
  if (unit === '%' || unit === '% per year') return '0"%"';
  const symbol = symbols[unit] ? `"${symbols[unit]}"` : '';
  if (largest >= 1e9) return `${symbol}#,##0.0,,,"bn"`;
  if (largest >= 1e6) return `${symbol}#,##0,,"m"`;
  return `${symbol}#,##0`;
}

const messages = defineMessages({
  milestones: {
    id: 'charts.pptx.milestones',
    defaultMessage: 'Milestones in these years: {list}.',
    description: 'Key under a PowerPoint chart; list is milestones as "date, title" separated by semicolons.',
  },
  milestone: {
    id: 'charts.pptx.milestone',
    defaultMessage: '{date}, {title}',
    description: 'One milestone in the PowerPoint key.',
  },
  alt: {
    id: 'charts.pptx.alt',
    defaultMessage: '{title}. {summary}',
    description: 'Alternative text of a PowerPoint chart: its title, then its summary.',
  },
});

function chartType(model: TimeChartModel): PptxChart['type'] {
  if (!model.series.every((s) => s.type === 'bar')) return 'line';
  const stacks = model.series.map((s) => s.stackId).filter(Boolean);
  return stacks.length > 1 && new Set(stacks).size < stacks.length ? 'stacked-bar' : 'bar';
}

export function toChartPptx(
  title: string,
  { model, summary }: Shaped<TimeChartModel>,
  locale: Locale,
): PptxChart {
  const values = model.data.flatMap((d) => Object.values(d.values));
  const largest = Math.max(0, ...values.map(Math.abs));
  return {
    type: chartType(model),
    categories: model.data.map((d) => d.key),
    series: model.series.map((s) => ({
      name: s.label,
      values: model.data.map((d) => d.values[s.key] ?? null),
      colour: s.paint.base,
      illustrative: model.data.some((d) => d.kinds[s.key] === 'illustrative'),
    })),
    valueFormat: valueFormat(model.unit, largest),
    summary,
    key: model.markers.length
      ? [
          locale.format(messages.milestones, {
            list: model.markers
              .map((m) =>
                locale.format(messages.milestone, {
                  date: locale.date(m.date),
                  title: markerTitle(m, locale),
                }),
              )
              .join('; '),
          }),
        ]
      : [],
    altText: locale.format(messages.alt, { title, summary }),
  };
}
