/** The stored World Bank mirror, answered in the World Bank API v2's own format and paging. */
import { and, asc, desc, eq, gte, inArray, lte, or } from 'drizzle-orm';
import type { WorldBankRow } from '@/domain/world-bank';
import type { Db } from '../db/client';
import { worldBankRows, worldBankSeries } from '../db/schema';

export interface WorldBankQuery {
  indicator: string;
  /** ISO3 or ISO2 codes, or 'ALL'. */
  countries: string[];
  from: number | null;
  to: number | null;
  perPage: number;
  page: number;
}

export async function findWorldBank(db: Db, q: WorldBankQuery) {
  const [series] = await db
    .select()
    .from(worldBankSeries)
    .where(eq(worldBankSeries.indicatorId, q.indicator));
  if (!series) return null;
  const where = [eq(worldBankRows.indicatorId, q.indicator)];
  if (!q.countries.includes('ALL'))
    where.push(
      or(inArray(worldBankRows.countryIso3, q.countries), inArray(worldBankRows.countryIso2, q.countries))!,
    );
  if (q.from !== null) where.push(gte(worldBankRows.date, String(q.from)));
  if (q.to !== null) where.push(lte(worldBankRows.date, String(q.to)));
  const rows = await db
    .select({ body: worldBankRows.body })
    .from(worldBankRows)
    .where(and(...where))
    .orderBy(asc(worldBankRows.seq), desc(worldBankRows.date));
  const all = rows.map((r) => r.body as WorldBankRow);
  return {
    paging: {
      page: q.page,
      pages: Math.ceil(all.length / q.perPage),
      per_page: q.perPage,
      total: all.length,
      sourceid: '2',
      sourcename: 'World Development Indicators',
      lastupdated: series.lastUpdated,
      // The stored rows are a copy of WDI: named, as the demo API names it (domain/world-bank.ts).
      copy: { name: series.mirroredFrom, url: series.mirroredUrl, lastUpdatedGiven: series.lastUpdatedGiven },
    },
    rows: all.slice((q.page - 1) * q.perPage, q.page * q.perPage),
  };
}
