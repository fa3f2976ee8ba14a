/**
 * Pure: a shaped time or category chart as a native PowerPoint chart, its value axis in the reader's language
 * and number style (pptx-value-axis.ts). Millions and billions keep the real figures ("open the
 * data" shows them) and scale in the axis format; 万/亿 and lakh/crore divide the values, and the
 * axis title says into what.
 */
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import type { PptxChart } from '@/lib/pptx/deck-description';
import type { CategoryChartModel, Shaped, TimeChartModel } from './chart-model';
import { pptxValueAxis, scaledValue } from './pptx-value-axis';
import { markerTitle } from './to-event-markers';

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
  valueUnit: {
    id: 'charts.pptx.value-unit',
    defaultMessage:
      'Figures in {unit, select, USD {US$ {scale}} PKR {Rs {scale}} CNY {CN¥ {scale}} persons {{scale} people} other {{scale}}}',
    description:
      'Title of a PowerPoint chart’s value axis when its figures are divided into a scale word; scale is the word ("crore", "lakh", "亿"), unit the currency code or "persons" or "count".',
  },
});

function chartType(model: TimeChartModel): PptxChart['type'] {
  if (!model.series.every((s) => s.type === 'bar')) return 'line';
  const stacks = model.series.map((s) => s.stackId).filter(Boolean);
  return stacks.length > 1 && new Set(stacks).size < stacks.length ? 'stacked-bar' : 'bar';
}

/** Series, values and value axis, shared by both kinds: the figures as drawn, in the reader's number style. */
function figures(model: Pick<TimeChartModel, 'unit' | 'series' | 'data'>, locale: Locale) {
  const values = model.data.flatMap((d) => Object.values(d.values));
  const largest = Math.max(0, ...values.map(Math.abs));
  const axis = pptxValueAxis(model.unit, largest, locale.lang, locale.numberStyle);
  return {
    series: model.series.map((s) => ({
      name: s.label,
      values: model.data.map((d) => {
        const value = d.values[s.key];
        return value === undefined ? null : scaledValue(value, axis.divisor);
      }),
      colour: s.paint.base,
      illustrative: model.data.some((d) => d.kinds[s.key] === 'illustrative'),
    })),
    valueFormat: axis.formatCode,
    labelFormat: axis.labelFormatCode,
    ...(axis.scale && {
      valueTitle: locale.format(messages.valueUnit, { unit: model.unit, scale: axis.scale }),
    }),
  };
}

export function toChartPptx(
  title: string,
  { model, summary }: Shaped<TimeChartModel>,
  locale: Locale,
): PptxChart {
  return {
    type: chartType(model),
    categories: model.data.map((d) => d.key),
    ...figures(model, locale),
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

/**
 * A category chart as a native bar chart: categories by their names as drawn (with the caption
 * under a name, e.g. the source a count comes from), lying down when they do on screen.
 */
export function toCategoryPptx(
  title: string,
  { model, summary }: Shaped<CategoryChartModel>,
  locale: Locale,
): PptxChart {
  return {
    type: model.stacked ? 'stacked-bar' : 'bar',
    ...(model.layout === 'bars' && { horizontal: true }),
    categories: model.data.map((d) => (d.caption ? `${d.x} (${d.caption})` : String(d.x))),
    ...figures(model, locale),
    summary,
    altText: locale.format(messages.alt, { title, summary }),
  };
}
