/** Replaces everything stored with one dataset, in one transaction. */
import { sql } from 'drizzle-orm';
import { contentVersion } from '@/domain/meta';
import type { Db } from '../db/client';
import {
  companies,
  events,
  indicators,
  observations,
  sectors,
  worldBankRows,
  worldBankSeries,
  zones,
} from '../db/schema';
import { toObservationRow } from '../repo/observation-rows';
import { writeDataset } from '../repo/dataset';
import { markLatestVintages } from '../repo/vintages';
import type { Dataset } from './demo-dataset';

/** Rows per INSERT: well under Postgres' 65,535 bind parameters at 14 columns. */
const CHUNK = 2000;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

export async function loadDataset(db: Db, data: Dataset): Promise<string> {
  const { worldBank, ...records } = data;
  // The demo API's own version for the same records (mocks/handlers/meta.ts): seeded data is
  // the demo dataset, and says so until the first import changes it.
  const version = `demo-${contentVersion(records)}`;
  await db.transaction(async (tx) => {
    await tx.execute(
      sql`truncate zones, sectors, indicators, events, companies, observations, world_bank_rows, world_bank_series restart identity cascade`,
    );
    const t = tx as unknown as Db;
    await insertChunked(data.zones, (c) =>
      t.insert(zones).values(c.map((z) => ({ id: z.id, country: z.country, status: z.status, body: z }))),
    );
    await insertChunked(data.sectors, (c) =>
      t.insert(sectors).values(c.map((s) => ({ id: s.id, group: s.group, body: s }))),
    );
    await insertChunked(data.indicators, (c) =>
      t.insert(indicators).values(c.map((i) => ({ id: i.id, frequency: i.frequency, body: i }))),
    );
    await insertChunked(data.events, (c) =>
      t.insert(events).values(
        c.map((e) => ({
          id: e.id,
          kind: e.kind,
          year: e.date ? Number(e.date.slice(0, 4)) : null,
          zoneIds: e.zoneIds,
          body: e,
        })),
      ),
    );
    await insertChunked(data.companies, (c) =>
      t
        .insert(companies)
        .values(c.map((x) => ({ id: x.id, zoneId: x.zoneId, sectorId: x.sectorId, body: x }))),
    );
    await insertChunked(data.observations, (c) => t.insert(observations).values(c.map(toObservationRow)));
    await markLatestVintages(t);
    for (const series of worldBank) {
      await t.insert(worldBankSeries).values({
        indicatorId: series.indicatorId,
        lastUpdated: series.lastupdated,
        mirroredFrom: series.mirroredFrom,
        mirroredUrl: series.mirroredUrl,
        lastUpdatedGiven: series.lastUpdatedGiven,
      });
      await insertChunked(series.rows, (c) =>
        t.insert(worldBankRows).values(
          c.map((r) => ({
            indicatorId: series.indicatorId,
            countryIso3: r.countryiso3code,
            countryIso2: r.country.id,
            date: r.date,
            body: r,
          })),
        ),
      );
    }
    await writeDataset(t, version, false);
  });
  return version;
}

/** True when nothing has been loaded yet (no dataset row): the server seeds such a database on start. */
export async function isEmpty(db: Db): Promise<boolean> {
  const rows = await db.execute(sql`select 1 from dataset`);
  const list: unknown[] = Array.isArray(rows) ? rows : (rows as unknown as { rows: unknown[] }).rows;
  return list.length === 0;
}
