/** Every stored observation, all vintages, as CSV in the import template's columns and load order. */
import { asc } from 'drizzle-orm';
import Papa from 'papaparse';
import type { Db } from '../db/client';
import { observations } from '../db/schema';
import { toObservation } from '../repo/observation-rows';
import { csvColumns, toCsvRow } from './csv-columns';

export async function exportObservationsCsv(db: Db): Promise<string> {
  const rows = await db.select().from(observations).orderBy(asc(observations.seq));
  return `${Papa.unparse(
    rows.map((r) => toCsvRow(toObservation(r))),
    { columns: [...csvColumns], newline: '\n' },
  )}\n`;
}
