/**
 * Lands a validated file in one transaction, or nothing at all. A row already stored unchanged
 * is skipped (re-importing a file changes nothing); a row whose vintage is stored with other
 * figures is refused, since a revision must come with a later as-of date.
 */
import { inArray } from 'drizzle-orm';
import { contentVersion } from '@/domain/meta';
import type { Observation } from '@/domain/observation';
import type { Db } from '../db/client';
import { indicators, observations, sectors, zones } from '../db/schema';
import { readDataset, writeDataset } from '../repo/dataset';
import { toObservation, toObservationRow } from '../repo/observation-rows';
import type { Problem } from './problems';
import { readImportFile } from './read-file';
import { validateRecords, vintageKey, type KnownIds } from './validate';

export interface ImportReport {
  file: string;
  format: 'csv' | 'json';
  dryRun: boolean;
  /** False when any problem was found: then nothing was written. */
  accepted: boolean;
  rows: number;
  inserted: number;
  unchanged: number;
  illustrativeLines: number[];
  problems: Problem[];
  datasetVersion: string | null;
}

class Refused extends Error {}

async function knownIds(db: Db): Promise<KnownIds> {
  const [i, s, z] = await Promise.all([
    db.select({ id: indicators.id }).from(indicators),
    db.select({ id: sectors.id }).from(sectors),
    db.select({ id: zones.id }).from(zones),
  ]);
  return {
    indicators: new Set(i.map((r) => r.id)),
    sectors: new Set(s.map((r) => r.id)),
    zones: new Set(z.map((r) => r.id)),
  };
}

const same = (a: Observation, b: Observation) => JSON.stringify(a) === JSON.stringify(b);

export async function importObservations(
  db: Db,
  file: string,
  text: string,
  dryRun: boolean,
): Promise<ImportReport> {
  const read = readImportFile(file, text);
  const report: ImportReport = {
    file,
    format: read.format,
    dryRun,
    accepted: false,
    rows: read.records.length,
    inserted: 0,
    unchanged: 0,
    illustrativeLines: [],
    problems: [...read.problems],
    datasetVersion: null,
  };
  if (read.records.length === 0 && report.problems.length === 0)
    report.problems.push({ line: 1, column: null, message: 'the file holds no observations' });

  try {
    await db.transaction(async (txn) => {
      const tx = txn as unknown as Db;
      const checked = validateRecords(read.records, await knownIds(tx), read.format === 'csv');
      report.problems.push(...checked.problems);
      report.illustrativeLines = checked.illustrative;
      const ids = [...new Set(checked.rows.map((r) => r.observation.indicatorId))];
      const stored = ids.length
        ? (await tx.select().from(observations).where(inArray(observations.indicatorId, ids))).map(
            toObservation,
          )
        : [];
      const byKey = new Map(stored.map((o) => [vintageKey(o), o]));
      const fresh: Observation[] = [];
      for (const { line, observation } of checked.rows) {
        const existing = byKey.get(vintageKey(observation));
        if (!existing) fresh.push(observation);
        else if (same(existing, observation)) report.unchanged += 1;
        else
          report.problems.push({
            line,
            column: null,
            message: 'this vintage is already stored with other figures; a revision needs a later as-of date',
          });
      }
      report.problems.sort((a, b) => a.line - b.line);
      if (report.problems.length > 0) throw new Refused();
      report.accepted = true;
      const before = await readDataset(tx);
      report.datasetVersion = before?.version ?? null;
      if (dryRun || fresh.length === 0) {
        report.inserted = fresh.length;
        throw new Refused(); // roll back: nothing to write, or only a rehearsal
      }
      for (let i = 0; i < fresh.length; i += 2000)
        await tx.insert(observations).values(fresh.slice(i, i + 2000).map(toObservationRow));
      report.inserted = fresh.length;
      report.datasetVersion = contentVersion([before?.version ?? '', fresh]);
      await writeDataset(tx, report.datasetVersion, true);
    });
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
  }
  return report;
}
