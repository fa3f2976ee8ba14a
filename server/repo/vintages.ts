import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';

/**
 * Marks the latest vintage of every figure of these indicators (all when omitted): the latest
 * provenance.asOf (an undated figure counts as the earliest), and on the same date 'revised' before
 * 'first-reported'. Run in the transaction that changed the rows.
 */
export async function markLatestVintages(db: Db, indicatorIds?: readonly string[]): Promise<void> {
  const only = indicatorIds
    ? sql`where indicator_id in (${sql.join(
        indicatorIds.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql``;
  await db.execute(sql`
    update observations o set is_latest = (r.rank = 1)
    from (
      select seq, row_number() over (
        partition by indicator_id, geo, sector_id, period
        order by prov_as_of desc nulls last, coalesce(vintage = 'revised', false) desc, seq desc
      ) as rank
      from observations ${only}
    ) r
    where o.seq = r.seq and o.is_latest is distinct from (r.rank = 1)`);
}
