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
 * What a panel says about its series' freshness (GET /meta): the latest update among them, the
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
  const last = updated.sort().at(-1) as string;
  const next = expected.sort()[0];
  return {
    text: next
      ? locale.format(messages.updatedNext, { updated: locale.date(last), next: locale.date(next) })
      : locale.format(messages.updated, { updated: locale.date(last) }),
    overdue: entries.filter((m) => m.overdue).map((m) => m.indicatorId),
    series: entries.length,
  };
}
