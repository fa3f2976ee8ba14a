/**
 * npm run data:import -- FILE.csv|FILE.json [--dry-run]
 * With DATABASE_URL: straight into that database. Otherwise through the running server's import
 * channel, or, with no server running, into the embedded database folder directly.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readConfig } from '../config';
import { callRunningServer } from '../import/channel-client';
import { importObservations, type ImportReport } from '../import/import-observations';
import { formatProblem } from '../import/problems';
import { withDatabase } from './direct';

/** 4, 5, 6, 9 → "4–6, 9" */
function ranges(lines: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === (lines[j] ?? 0) + 1) j += 1;
    parts.push(i === j ? `${lines[i]}` : `${lines[i]}–${lines[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

function print(report: ImportReport): void {
  const { file, rows, inserted, unchanged } = report;
  if (!report.accepted) {
    console.error(`${file}: refused, nothing was written. ${report.problems.length} problem(s):`);
    for (const p of report.problems) console.error(`  ${formatProblem(p, report.format)}`);
    return;
  }
  const verb = report.dryRun ? 'would add' : 'added';
  console.log(`${file}: ${rows} row(s) valid; ${verb} ${inserted}, ${unchanged} already stored unchanged.`);
  if (report.illustrativeLines.length)
    console.log(
      `  note: ${report.illustrativeLines.length} illustrative (generated, not real) figure(s), line(s) ${ranges(report.illustrativeLines)}`,
    );
  if (report.dryRun) console.log('  dry run: nothing was written.');
  else if (inserted > 0)
    console.log(`  dataset version is now ${report.datasetVersion}; the dashboard shows it on next load.`);
}

async function main(args: string[]): Promise<number> {
  const dryRun = args.includes('--dry-run');
  const path = args.find((a) => !a.startsWith('--'));
  if (!path) {
    console.error('usage: npm run data:import -- FILE.csv|FILE.json [--dry-run]');
    return 2;
  }
  const text = readFileSync(path, 'utf8');
  const file = basename(path);
  const config = readConfig();
  const viaServer = config.databaseUrl
    ? null
    : await callRunningServer(config.dataDir, 'POST', '/import', { file, text, dryRun });
  const report: ImportReport = viaServer
    ? (JSON.parse(viaServer) as ImportReport)
    : await withDatabase((db) => importObservations(db, file, text, dryRun));
  print(report);
  return report.accepted ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
