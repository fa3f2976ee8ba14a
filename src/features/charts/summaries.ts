/** Sentence parts for the one-line summaries every chart leads with. */
import type { IndicatorUnit } from '@/domain/indicator';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';

export interface Point {
  period: string;
  value: number;
}

const messages = defineMessages({
  change: {
    id: 'charts.summary.change-since',
    defaultMessage:
      '{direction, select, up {up {amount} since {period}} down {down {amount} since {period}} other {unchanged since {period}}}',
    description:
      'A clause inside a chart summary. amount is a formatted change ("26.1%" or "2.66 pts"); period a year or fiscal year ("2010", "FY2022").',
  },
  changeOnly: {
    id: 'charts.summary.change',
    defaultMessage: '{direction, select, up {up {amount}} down {down {amount}} other {unchanged}}',
    description: 'A clause inside a chart summary, after a first one said since when ("up 0.59 pts").',
  },
  fromZero: {
    id: 'charts.summary.against-zero',
    defaultMessage: 'against {zero} in {period}',
    description: 'A clause inside a chart summary when the first figure was zero; zero is "0" in the unit.',
  },
  belowPeak: {
    id: 'charts.summary.below-peak',
    defaultMessage: '{gap} below its {period} peak',
    description:
      'A clause inside a chart summary: how far the latest figure is under the highest one ("3.39 million below its 2021 peak").',
  },
  range: {
    id: 'charts.summary.period-range',
    defaultMessage: '{first}–{last}',
    description: 'A span of periods ("FY2013–FY2025").',
  },
});

/** A change's size without its sign, for sentences that say "up" or "down" in words. */
export const unsigned = (text: string) => text.replace(/^[+−±]/, '');

/**
 * "up 26.1% since 2010" / "down 0.2 pts since 2010"; shares change in points, not per cent.
 * Without `since`, the bare change ("up 0.59 pts") for a clause after one that named the year.
 */
export function changeSince(
  first: Point,
  last: Point,
  unit: IndicatorUnit,
  locale: Locale,
  { since = true }: { since?: boolean } = {},
): string {
  const period = locale.period(first.period);
  const message = since ? messages.change : messages.changeOnly;
  if (unit === '%') {
    const diff = last.value - first.value;
    return locale.format(message, {
      direction: diff > 0 ? 'up' : diff < 0 ? 'down' : 'same',
      amount: unsigned(locale.signed(diff, '%')),
      period,
    });
  }
  if (first.value === 0) return locale.format(messages.fromZero, { zero: locale.value(0, unit), period });
  const ratio = last.value / first.value - 1;
  return locale.format(message, {
    direction: ratio > 0 ? 'up' : ratio < 0 ? 'down' : 'same',
    amount: unsigned(locale.percentChange(ratio)),
    period,
  });
}

/** When the series has come down from its high: "3.39 million below its 2021 peak"; else ''. */
export function belowPeak(points: readonly Point[], unit: IndicatorUnit, locale: Locale): string {
  const last = points.at(-1);
  const peak = points.reduce<Point | undefined>(
    (best, p) => (!best || p.value > best.value ? p : best),
    undefined,
  );
  if (!peak || !last || peak.value <= last.value) return '';
  const gap = peak.value - last.value;
  return locale.format(messages.belowPeak, {
    gap: unit === '%' ? unsigned(locale.signed(gap, '%')) : locale.value(gap, unit),
    period: locale.period(peak.period),
  });
}

/** "FY2013–FY2025", or one period alone; the periods are already formatted. */
export function periodRange(periods: readonly string[], locale: Locale): string {
  const first = periods[0];
  const last = periods.at(-1);
  if (!first || !last) return '';
  return first === last ? first : locale.format(messages.range, { first, last });
}

const listFormats = new Map<string, Intl.ListFormat>();
/** "a, b and c" / "a、b和c" / "a، b اور c": a list as the language joins it. */
export function listOf(items: readonly string[], locale: Locale): string {
  // British English: no serial comma, as the rest of the English text.
  const tag = locale.lang === 'en' || locale.lang === 'en-XA' ? 'en-GB' : locale.lang;
  let f = listFormats.get(tag);
  if (!f) {
    f = new Intl.ListFormat(tag, { type: 'conjunction' });
    listFormats.set(tag, f);
  }
  return f.format(items);
}
