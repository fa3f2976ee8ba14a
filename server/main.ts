/**
 * npm start: opens the database (embedded PGlite, or DATABASE_URL), applies migrations, seeds an
 * empty database with the demo dataset, then serves the API and the SPA until SIGTERM/SIGINT.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import pino from 'pino';
import { buildApp } from './app';
import { readConfig } from './config';
import { openDatabase } from './db/client';
import { serverPidPath, startAdminChannel } from './import/admin-channel';
import { readDemoDataset } from './seed/demo-dataset';
import { DatasetVersion } from './repo/dataset-version';
import { isEmpty, loadDataset } from './seed/load-dataset';

const config = readConfig();
const log = pino({ level: config.logLevel });

async function main() {
  // Claim the embedded folder first: curator commands then wait for the import channel.
  const pidFile = config.databaseUrl ? null : serverPidPath(config.dataDir);
  if (pidFile) {
    mkdirSync(dirname(pidFile), { recursive: true });
    writeFileSync(pidFile, String(process.pid));
  }
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  log.info(
    { database: database.kind, dataDir: database.kind === 'pglite' ? config.dataDir : undefined },
    'database open',
  );
  await database.migrate();
  log.info('migrations applied');
  if (await isEmpty(database.db)) {
    const version = await loadDataset(database.db, readDemoDataset());
    log.info({ datasetVersion: version }, 'empty database: seeded with the demo dataset (mocks/data)');
  }
  const version = new DatasetVersion(database.db, config.datasetCheckMs);
  const app = await buildApp({
    db: database.db,
    distDir: config.distDir,
    logger: log,
    answerCacheMegabytes: config.answerCacheMegabytes,
    version,
  });
  // Only the embedded database needs a way in for the importer; a Postgres server has its own.
  const admin =
    database.kind === 'pglite'
      ? await startAdminChannel(database.db, config.dataDir, log, () => version.changed())
      : null;
  await app.listen({ host: config.host, port: config.port });
  log.info(`Tech Corridor at http://${config.host}:${config.port}/`);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down: finishing open requests');
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    await app.close();
    await admin?.close();
    await database.close();
    if (pidFile) rmSync(pidFile, { force: true });
    clearTimeout(force);
    log.info('stopped');
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  log.fatal({ err: error }, 'could not start');
  process.exitCode = 1;
});
