/**
 * GET /observations in SQL: filters, latest-vintage selection, keyset paging and the total,
 * all in the database so the browser never downloads what it does not show.
 */
import { and, asc, count, desc, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Observation } from '@/domain/observation';
import { decodeCursor, encodeCursor, isNumericSort, type PagingQuery } from '@/domain/query';
import type { Db } from '../db/client';
import { observations as o } from '../db/schema';
import { toObservation } from './observation-rows';

export interface ObservationQuery extends PagingQuery {
  indicators: string[];
  geos: string[];
  zones: string[];
  sectors: string[];
  from: number | null;
  to: number | null;
}

export interface ObservationPage {
  data: Observation[];
  page: { limit: number; total: number; nextCursor: string | null };
}

const sortColumns = {
  indicator: sql`${o.indicatorId} collate "C"`,
  geo: sql`${o.geo} collate "C"`,
  sector: sql`coalesce(${o.sectorId}, '') collate "C"`,
  period: sql`${o.endYear}`,
  value: sql`${o.value}`,
  kind: sql`${o.provKind} collate "C"`,
  source: sql`${o.provSource} collate "C"`,
  asOf: sql`coalesce(${o.provAsOf}, '') collate "C"`,
};

/** The row's value in the sort column, as the cursor keeps it. */
const sortValue = (row: typeof o.$inferSelect, field: keyof typeof sortColumns): string | number =>
  ({
    indicator: row.indicatorId,
    geo: row.geo,
    sector: row.sectorId ?? '',
    period: row.endYear,
    value: row.value,
    kind: row.provKind,
    source: row.provSource,
    asOf: row.provAsOf ?? '',
  })[field];

function filters(q: ObservationQuery): SQL[] {
  const where: SQL[] = [];
  if (q.indicators.length) where.push(inArray(o.indicatorId, q.indicators));
  if (q.geos.length) where.push(inArray(o.geo, q.geos));
  const lenient = q.unbroken === 'include';
  if (q.zones.length)
    where.push(
      lenient
        ? (or(sql`${o.geoType} <> 'zone'`, inArray(o.geo, q.zones)) as SQL)
        : (and(sql`${o.geoType} = 'zone'`, inArray(o.geo, q.zones)) as SQL),
    );
  if (q.sectors.length)
    where.push(
      lenient
        ? (or(isNull(o.sectorId), inArray(o.sectorId, q.sectors)) as SQL)
        : inArray(o.sectorId, q.sectors),
    );
  if (q.from !== null) where.push(gte(o.endYear, q.from));
  if (q.to !== null) where.push(lte(o.endYear, q.to));
  // repo/vintages.ts keeps is_latest: a later as-of date supersedes; on a tie 'revised' wins.
  if (q.vintage === 'latest') where.push(eq(o.isLatest, true));
  return where;
}

/** Keyset condition after the cursor's [sort value, seq], in the page's direction; null if unusable. */
function afterCursor(q: ObservationQuery): SQL | null | 'invalid' {
  if (q.cursor === null) return null;
  const key = decodeCursor(q.cursor);
  if (!key) return 'invalid';
  const seq = key[key.length - 1];
  if (typeof seq !== 'number') return 'invalid';
  const op = q.sort?.descending ? sql`<` : sql`>`;
  if (!q.sort) return key.length === 1 ? sql`${o.seq} > ${seq}` : 'invalid';
  const value = key[0];
  const numeric = isNumericSort(q.sort.field);
  if (key.length !== 2 || typeof value !== (numeric ? 'number' : 'string')) return 'invalid';
  return sql`(${sortColumns[q.sort.field]}, ${o.seq}) ${op} (${value}, ${seq})`;
}

/** `knownTotal`: the count for these filters from an earlier page, so it is not counted again. */
export async function findObservations(
  db: Db,
  q: ObservationQuery,
  knownTotal?: number,
): Promise<ObservationPage | 'bad-cursor'> {
  const where = filters(q);
  const after = afterCursor(q);
  if (after === 'invalid') return 'bad-cursor';
  const direction = q.sort?.descending ? desc : asc;
  const order = q.sort ? [direction(sortColumns[q.sort.field]), direction(o.seq)] : [asc(o.seq)];
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(o)
      .where(and(...where, ...(after ? [after] : [])))
      .orderBy(...order)
      .limit(q.limit + 1),
    knownTotal === undefined
      ? db
          .select({ total: count() })
          .from(o)
          .where(and(...where))
      : [{ total: knownTotal }],
  ]);
  const more = rows.length > q.limit;
  const page = more ? rows.slice(0, q.limit) : rows;
  const last = page[page.length - 1];
  const key = (row: NonNullable<typeof last>) =>
    q.sort ? [sortValue(row, q.sort.field), row.seq] : [row.seq];
  return {
    data: page.map(toObservation),
    page: {
      limit: q.limit,
      total: totals[0]?.total ?? 0,
      nextCursor: more && last ? encodeCursor(key(last)) : null,
    },
  };
}
