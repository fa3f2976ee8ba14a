/**
 * GET /observations' sorting and keyset paging over the fixtures, the same rules the data
 * service runs in SQL: order by the sort field then load order (seq), cursor = [value?, seq].
 */
import type { PageInfo } from '@/domain/page-info';
import type { Observation } from '@/domain/observation';
import { periodEndYear } from '@/domain/period';
import { decodeCursor, encodeCursor, isNumericSort, type PagingQuery, type QueryError } from '@/domain/query';

export interface Numbered {
  /** 1-based position in the fixtures: the data service's seq after seeding. */
  seq: number;
  observation: Observation;
}

const sortValue = (row: Numbered, field: NonNullable<PagingQuery['sort']>['field']): string | number => {
  const o = row.observation;
  return {
    indicator: o.indicatorId,
    geo: o.geo,
    sector: o.sectorId ?? '',
    period: periodEndYear(o.period),
    value: o.value,
    kind: o.provenance.kind,
    source: o.provenance.source,
    asOf: o.provenance.asOf ?? '',
  }[field];
};

const compareKeys = (a: readonly (string | number)[], b: readonly (string | number)[]): number => {
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] as string | number;
    const y = b[i] as string | number;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
};

const badCursor: QueryError = {
  code: 'invalid_parameter',
  parameter: 'cursor',
  message: 'cursor must be a nextCursor value from an earlier page with the same sort.',
};

export function pageObservations(
  rows: readonly Numbered[],
  paging: PagingQuery,
): { data: Observation[]; page: PageInfo } | QueryError {
  const { sort } = paging;
  const keyOf = (row: Numbered) => (sort ? [sortValue(row, sort.field), row.seq] : [row.seq]);
  const sign = sort?.descending ? -1 : 1;
  const ordered = [...rows].sort((a, b) => sign * compareKeys(keyOf(a), keyOf(b)));
  let start = 0;
  if (paging.cursor !== null) {
    const key = decodeCursor(paging.cursor);
    const numeric = sort ? isNumericSort(sort.field) : false;
    const valid =
      key !== null &&
      typeof key[key.length - 1] === 'number' &&
      key.length === (sort ? 2 : 1) &&
      (!sort || typeof key[0] === (numeric ? 'number' : 'string'));
    if (!valid || key === null) return badCursor;
    start = ordered.findIndex((row) => sign * compareKeys(keyOf(row), key) > 0);
    if (start === -1) start = ordered.length;
  }
  const page = ordered.slice(start, start + paging.limit);
  const last = page[page.length - 1];
  const more = start + paging.limit < ordered.length;
  return {
    data: page.map((r) => r.observation),
    page: {
      limit: paging.limit,
      total: rows.length,
      nextCursor: more && last ? encodeCursor(keyOf(last)) : null,
    },
  };
}
