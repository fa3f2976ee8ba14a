/** The dataset row: its version (the API's ETag) and when it was last imported into. */
import { eq, max, sql } from 'drizzle-orm';
import { todayIso, toIndicatorMeta, type Meta } from '@/domain/meta';
import type { Indicator } from '@/domain/indicator';
import type { Db } from '../db/client';
import { dataset, indicators, observations } from '../db/schema';

export interface DatasetState {
  version: string;
  lastImportAt: string | null;
}

export async function readDataset(db: Db): Promise<DatasetState | null> {
  const [row] = await db.select().from(dataset).where(eq(dataset.id, 1));
  return row
    ? { version: row.version, lastImportAt: row.lastImportAt ? toIso(row.lastImportAt) : null }
    : null;
}

/** Postgres' text form of timestamptz ("2026-11-30 16:40:00.123+00") to ISO 8601. */
function toIso(value: string): string {
  return new Date(value).toISOString();
}

/** Call inside the transaction that changed the data, so version and data change together. */
export async function writeDataset(db: Db, version: string, imported: boolean): Promise<void> {
  const lastImportAt = imported ? sql`now()` : sql`null`;
  await db.execute(sql`
    insert into dataset (id, version, last_import_at) values (1, ${version}, ${lastImportAt})
    on conflict (id) do update set version = excluded.version, last_import_at = excluded.last_import_at`);
}

/** GET /meta: the latest as-of date per indicator comes from the database, the rules from the contract. */
export async function readMeta(db: Db, state: DatasetState, today = todayIso()): Promise<Meta> {
  const [list, latest] = await Promise.all([
    db
      .select({ id: indicators.id, frequency: indicators.frequency })
      .from(indicators)
      .orderBy(indicators.seq),
    db
      .select({ indicatorId: observations.indicatorId, asOf: max(observations.provAsOf) })
      .from(observations)
      .groupBy(observations.indicatorId),
  ]);
  const dated = latest.flatMap((r) =>
    r.asOf ? [{ indicatorId: r.indicatorId, provenance: { asOf: r.asOf } }] : [],
  );
  return {
    datasetVersion: state.version,
    lastImportAt: state.lastImportAt,
    indicators: toIndicatorMeta(
      list.map((i) => ({ id: i.id, frequency: i.frequency as Indicator['frequency'] })),
      dated,
      today,
    ),
  };
}
