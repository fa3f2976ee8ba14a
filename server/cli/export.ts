/** npm run data:export -- OUT.csv: every stored observation (all vintages), re-importable unchanged. */
import { writeFileSync } from 'node:fs';
import { readConfig } from '../config';
import { callRunningServer } from '../import/channel-client';
import { exportObservationsCsv } from '../import/export-observations';
import { withDatabase } from './direct';

const out = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!out) {
  console.error('usage: npm run data:export -- OUT.csv');
  process.exitCode = 2;
} else {
  const config = readConfig();
  const csv =
    (config.databaseUrl ? null : await callRunningServer(config.dataDir, 'GET', '/export')) ??
    (await withDatabase(exportObservationsCsv));
  writeFileSync(out, csv);
  console.log(`wrote ${csv.split('\n').length - 2} observation(s) to ${out}`);
}
