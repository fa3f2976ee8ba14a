import type { TableRow } from './to-table-rows';

export type Sorting = readonly { id: string; desc: boolean }[];

/** Which field each sortable column compares; the period column sorts by time, not by its label. */
const sortKey: Record<string, (row: TableRow) => number | string> = {
  place: (r) => r.place,
  sector: (r) => r.sector,
  indicator: (r) => r.indicator,
  period: (r) => r.periodSort,
  value: (r) => r.value,
  unit: (r) => r.unit,
  kind: (r) => r.kind,
  source: (r) => r.source,
  asOf: (r) => r.asOf ?? '',
};

/**
 * Sorts rows with one plain comparator: for 100,000 rows this is tens of milliseconds, where a
 * general row model costs seconds (test/bench/explore-table.bench.ts). Stable, so ties keep their order.
 */
export function sortRows(rows: readonly TableRow[], sorting: Sorting): readonly TableRow[] {
  const first = sorting[0];
  const key = first ? sortKey[first.id] : undefined;
  if (!first || !key) return rows;
  const sign = first.desc ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
    return sign * String(x).localeCompare(String(y));
  });
}

/** Numbers and dates read best largest or latest first; text A to Z. */
export const firstSortDescending = (id: string): boolean =>
  id === 'value' || id === 'period' || id === 'asOf';
