/**
 * GET /observations in SQL: filters, latest-vintage selection, keyset paging and the total,
 * all in the database so the browser never downloads what it does not show.
 */
import { and, asc, count, desc, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Observation } from '@/domain/observation';
import { decodeCursor, encodeCursor, type PagingQuery } from '@/domain/query';
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
  period: sql`${o.endYear}`,
  value: sql`${o.value}`,
};

/**
 * A later as-of date supersedes a vintage; on the same date 'revised' beats 'first-reported'.
 * The unique key (indicator, geo, sector, period, as-of, vintage) backs this lookup.
 */
const isLatestVintage = sql`not exists (
  select 1 from observations n
  where n.indicator_id = ${o.indicatorId} and n.geo = ${o.geo}
    and n.sector_id is not distinct from ${o.sectorId} and n.period = ${o.period}
    and (n.prov_as_of > ${o.provAsOf}
      or (n.prov_as_of = ${o.provAsOf} and n.vintage = 'revised' and ${o.vintage} is distinct from 'revised'))
)`;

function filters(q: ObservationQuery): SQL[] {
  const where: SQL[] = [];
  if (q.indicators.length) where.push(inArray(o.indicatorId, q.indicators));
  if (q.geos.length) where.push(inArray(o.geo, q.geos));
  if (q.zones.length) where.push(and(sql`${o.geoType} = 'zone'`, inArray(o.geo, q.zones)) as SQL);
  if (q.sectors.length) where.push(inArray(o.sectorId, q.sectors));
  if (q.from !== null) where.push(gte(o.endYear, q.from));
  if (q.to !== null) where.push(lte(o.endYear, q.to));
  if (q.vintage === 'latest') where.push(isLatestVintage);
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
  const numeric = q.sort.field === 'period' || q.sort.field === 'value';
  if (key.length !== 2 || typeof value !== (numeric ? 'number' : 'string')) return 'invalid';
  return sql`(${sortColumns[q.sort.field]}, ${o.seq}) ${op} (${value}, ${seq})`;
}

export async function findObservations(db: Db, q: ObservationQuery): Promise<ObservationPage | 'bad-cursor'> {
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
    db
      .select({ total: count() })
      .from(o)
      .where(and(...where)),
  ]);
  const more = rows.length > q.limit;
  const page = more ? rows.slice(0, q.limit) : rows;
  const last = page[page.length - 1];
  const key = (row: NonNullable<typeof last>) => {
    if (!q.sort) return [row.seq];
    const values = { indicator: row.indicatorId, geo: row.geo, period: row.endYear, value: row.value };
    return [values[q.sort.field], row.seq];
  };
  return {
    data: page.map(toObservation),
    page: {
      limit: q.limit,
      total: totals[0]?.total ?? 0,
      nextCursor: more && last ? encodeCursor(key(last)) : null,
    },
  };
}
