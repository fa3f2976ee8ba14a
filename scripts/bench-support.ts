/**
 * Shared by bench:api and bench:explore: the generated large dataset, a throw-away database
 * loaded with it, and the data service started in its own process on it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../server/db/client';
import type { Dataset } from '../server/seed/demo-dataset';
import { loadDataset } from '../server/seed/load-dataset';

/**
 * The demo records, then copies in made-up places (geo "…~k") until there are `count`
 * observations, every copy flagged illustrative with this generator as its source: never real.
 */
export function scaledDataset(data: Dataset, count: number): Dataset {
  const copies = [];
  for (let k = 1; data.observations.length * k < count; k += 1)
    copies.push(
      ...data.observations.map((o) => ({
        ...o,
        geo: `${o.geo}~${k}`,
        provenance: {
          kind: 'illustrative' as const,
          source: 'bench generator (scripts/bench-support.ts): made-up copies of the demo records',
          url: null,
          asOf: o.provenance.asOf,
        },
      })),
    );
  return { ...data, observations: [...data.observations, ...copies].slice(0, count) };
}

export const usesPostgres = () => Boolean(process.env.DATABASE_URL);
export const databaseLabel = () =>
  usesPostgres() ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite (in a temporary folder)';

/** The machine, and how busy it was: other work on a shared 2-core machine moves the tail latencies. */
export const machine = () =>
  `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} (1/5/15 min)`;

/** A temporary PGlite folder (unless DATABASE_URL, whose data is replaced) holding `data`. */
export async function preparedDatabase(data: Dataset) {
  const root = mkdtempSync(join(tmpdir(), 'tc-bench-'));
  const dataDir = join(root, 'pglite');
  mkdirSync(dataDir);
  const database = await openDatabase({ url: process.env.DATABASE_URL, dataDir });
  await database.migrate();
  await loadDataset(database.db, data);
  await database.close();
  return { dataDir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

/** server/main.ts in its own process, as in production; resolves once /readyz answers. */
export async function startServer(
  dataDir: string,
  port: number,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(port), PGLITE_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    // Logs (pino, stdout) only at warn and above: a failed start says why.
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  };
  for (let i = 0; i < 240 && child.exitCode === null; i += 1) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error('the server did not become ready');
}
