import type { Observation } from '@/domain/observation';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import type { Shaped, TimeChartModel } from './chart-model';
import { emptyDatum, figureRow, setValue } from './figure-rows';
import { seriesPaint } from './palette';
import { listOf } from './summaries';
import { datePosition } from './time-axis';
import { markersWithin, type EventMarker } from './to-event-markers';
import { columnMessages } from '@/lib/column-messages';
import { compareCodes } from '@/domain/compare';

const messages = defineMessages({
  over: {
    id: 'charts.cpec.value-over',
    defaultMessage: '{value} over {span}',
    description: 'A CPEC figure that covers a span of years ("$25.4bn over 2013–2023").',
  },
  stated: {
    id: 'charts.cpec.stated',
    defaultMessage: 'Stated {date}',
    description: 'Tooltip heading: when a CPEC figure was stated; date is formatted ("Apr 2015").',
  },
  statedInline: {
    id: 'charts.cpec.stated-inline',
    defaultMessage: '{figure} (stated {date})',
    description: 'One figure in the CPEC summary list: "$46bn (stated Apr 2015)".',
  },
  series: {
    id: 'charts.cpec.series',
    defaultMessage: 'CPEC headline figure (each a separate statement)',
    description: 'Legend key of the CPEC chart (China–Pakistan Economic Corridor).',
  },
  colStated: {
    id: 'charts.cpec.column-stated',
    defaultMessage: 'Stated',
    description: 'Table header: the date a figure was stated.',
  },
  colCovers: {
    id: 'charts.cpec.column-covers',
    defaultMessage: 'Covers',
    description: 'Table header: the period a figure covers.',
  },
  summary: {
    id: 'charts.cpec.summary',
    defaultMessage:
      '{count, plural, one {One CPEC headline figure} other {# CPEC headline figures}}, each a separate statement rather than a series: {figures}.',
    description: 'Chart summary; figures is a list of "amount (stated date)" items.',
  },
});

/** The first and last year of a period covering several ("2013-2023"), or null. */
function yearSpan(period: string): { from: string; to: string } | null {
  const years = /^(\d{4})-(\d{4})$/.exec(period);
  return years ? { from: years[1]!, to: years[2]! } : null;
}

/** "$46bn"; a span says what it covers: "$25.4bn over 2013–2023". */
function describe(o: Observation, locale: Locale): string {
  const value = locale.value(o.value, 'USD');
  return yearSpan(o.period) ? locale.format(messages.over, { value, span: locale.period(o.period) }) : value;
}

/**
 * The label drawn at the point: English, as its press does, shortens a span within one century
 * ("$25.4bn over 2013–23"); Chinese and Urdu say the years in full, as in the summary.
 */
function pointLabel(o: Observation, locale: Locale): string {
  const years = yearSpan(o.period);
  const short = years && locale.lang.startsWith('en') && years.from.slice(0, 2) === years.to.slice(0, 2);
  if (!years || !short) return describe(o, locale);
  const span = `${years.from}–${years.to.slice(2)}`;
  return locale.format(messages.over, { value: locale.value(o.value, 'USD'), span });
}

type Dated = Observation & { provenance: Observation['provenance'] & { asOf: string } };

/**
 * CPEC's headline figures are separate statements of different things (a package announced,
 * early-harvest projects, investment realised), so they are drawn as dated, labelled points
 * at the date each was stated, never joined into a series.
 */
export function toCpecChart(
  observations: readonly Observation[],
  markers: readonly EventMarker[],
  locale: Locale,
): Shaped<TimeChartModel> | null {
  // Placed at the date each was stated: a statement without a date cannot be placed, and is not.
  const list = observations
    .filter((o): o is Dated => o.indicatorId === 'cpec-headline' && o.provenance.asOf !== null)
    .sort((a, b) => compareCodes(a.provenance.asOf, b.provenance.asOf));
  if (list.length === 0) return null;
  const data = list.map((o) => {
    const d = emptyDatum(
      `${o.period}-${o.provenance.asOf}`,
      datePosition(o.provenance.asOf),
      locale.format(messages.stated, { date: locale.date(o.provenance.asOf) }),
    );
    setValue(d, 'cpec', o, 'USD', locale);
    d.display.cpec = describe(o, locale);
    d.labels = { cpec: pointLabel(o, locale) };
    return d;
  });
  const first = Math.floor(Number(data[0]?.x));
  const last = Math.ceil(Number(data.at(-1)?.x));
  const domain: [number, number] = [first - 1, last + 2];
  const ticks = Array.from({ length: last + 2 - first }, (_, i) => ({
    position: first + i,
    label: locale.period(String(first + i)),
  }));
  return {
    model: {
      unit: 'USD',
      series: [
        {
          key: 'cpec',
          label: locale.format(messages.series),
          paint: seriesPaint.china,
          type: 'dots',
          marker: 'square',
        },
      ],
      data,
      domain,
      ticks,
      markers: markersWithin(markers, domain),
    },
    table: {
      columns: [
        { key: 'stated', header: locale.format(messages.colStated) },
        { key: 'covers', header: locale.format(messages.colCovers) },
        { key: 'value', header: locale.format(columnMessages.valueUsd), numeric: true },
      ],
      rows: list.map((o) =>
        figureRow(
          `${o.period}-${o.provenance.asOf}`,
          o,
          'USD',
          { stated: o.provenance.asOf, covers: locale.period(o.period) },
          locale,
        ),
      ),
    },
    provenances: list.map((o) => o.provenance),
    summary: locale.format(messages.summary, {
      count: list.length,
      figures: listOf(
        list.map((o) =>
          locale.format(messages.statedInline, {
            figure: describe(o, locale),
            date: locale.date(o.provenance.asOf),
          }),
        ),
        locale,
      ),
    }),
  };
}
