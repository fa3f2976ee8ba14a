import type { IndicatorMeta } from '@/domain/meta';
import { formatDate } from './format';

export interface Freshness {
  /** "Updated 19 Jul 2025 · next expected 19 Jul 2026" */
  text: string;
  /** Series whose next release is past due; empty when none. */
  overdue: string[];
}

/**
 * What a panel says about its series' freshness (GET /meta): the latest update among them, the
 * earliest release still expected, and which are overdue. Null when /meta says nothing useful.
 */
export function toFreshness(
  meta: readonly IndicatorMeta[] | undefined,
  ids: readonly string[],
): Freshness | null {
  if (!meta || ids.length === 0) return null;
  const entries = meta.filter((m) => ids.includes(m.indicatorId));
  const updated = entries.map((m) => m.lastUpdated).filter((d): d is string => d !== null);
  if (updated.length === 0) return null;
  const expected = entries.map((m) => m.nextExpected).filter((d): d is string => d !== null);
  const last = updated.sort().at(-1) as string;
  const next = expected.sort()[0];
  return {
    text: `Updated ${formatDate(last)}${next ? ` · next expected ${formatDate(next)}` : ''}`,
    overdue: entries.filter((m) => m.overdue).map((m) => m.indicatorId),
  };
}
