import type { IndicatorMeta } from '@/domain/meta';
import { englishLocale, type Locale } from './locale';
import { defineMessages } from './messages';

const messages = defineMessages({
  updated: {
    id: 'freshness.updated',
    defaultMessage: 'Updated {updated}',
    description: 'Under a chart or card: when its series were last updated ("19 Jul 2025").',
  },
  updatedNext: {
    id: 'freshness.updated-next',
    defaultMessage: 'Updated {updated} · next expected {next}',
    description: 'Under a chart or card: last update and the next expected release (both dates).',
  },
  range: {
    id: 'freshness.updated-range',
    defaultMessage: 'Series updated {first} to {last}',
    description:
      'Under a chart or card of several series last updated on different dates (earliest, latest).',
  },
  rangeNext: {
    id: 'freshness.updated-range-next',
    defaultMessage: 'Series updated {first} to {last} · next release expected {next}',
    description:
      'Under a chart or card of several series: their earliest and latest updates, and the earliest release still expected among them.',
  },
});

export interface Freshness {
  /** "Updated 19 Jul 2025 · next expected 19 Jul 2026" */
  text: string;
  /** Series whose next release is past due; empty when none. */
  overdue: string[];
  /** How many of the panel's series /meta describes, so one overdue among several is said as such. */
  series: number;
}

/**
 * What a panel says about its series' freshness (GET /meta): when they were updated (one date, or the
 * earliest and latest when they differ, so no date is paired with another series' release), the
 * earliest release still expected, and which are overdue. Null when /meta says nothing useful.
 */
export function toFreshness(
  meta: readonly IndicatorMeta[] | undefined,
  ids: readonly string[],
  locale: Locale = englishLocale,
): Freshness | null {
  if (!meta || ids.length === 0) return null;
  const entries = meta.filter((m) => ids.includes(m.indicatorId));
  const updated = entries.map((m) => m.lastUpdated).filter((d): d is string => d !== null);
  if (updated.length === 0) return null;
  const expected = entries.map((m) => m.nextExpected).filter((d): d is string => d !== null);
  updated.sort();
  const first = locale.date(updated[0] as string);
  const last = locale.date(updated.at(-1) as string);
  const next = expected.sort()[0];
  const dates = next
    ? { first, last, updated: last, next: locale.date(next) }
    : { first, last, updated: last };
  const message =
    first === last
      ? next
        ? messages.updatedNext
        : messages.updated
      : next
        ? messages.rangeNext
        : messages.range;
  return {
    text: locale.format(message, dates),
    overdue: entries.filter((m) => m.overdue).map((m) => m.indicatorId),
    series: entries.length,
  };
}
