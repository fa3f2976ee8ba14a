/**
 * A real data service for tests: embedded PGlite in memory (or DATABASE_URL, emptied first),
 * migrated, seeded with the demo dataset, listening on a free loopback port.
 */
import { sql } from 'drizzle-orm';
import { buildApp } from '../../server/app';
import { openDatabase, type Database } from '../../server/db/client';
import { readDemoDataset } from '../../server/seed/demo-dataset';
import { loadDataset } from '../../server/seed/load-dataset';

export interface TestServer {
  baseUrl: string;
  database: Database;
  get: (path: string, headers?: Record<string, string>) => Promise<Response>;
  close: () => Promise<void>;
}

/** An empty, migrated database: in memory, or the DATABASE_URL one with its schema dropped first. */
export async function openEmptyDatabase(): Promise<Database> {
  const database = await openDatabase({ url: process.env.DATABASE_URL });
  if (database.kind === 'postgres') {
    await database.db.execute(sql`drop schema if exists public cascade`);
    await database.db.execute(sql`drop schema if exists drizzle cascade`);
    await database.db.execute(sql`create schema public`);
  }
  await database.migrate();
  return database;
}

export async function startTestServer(
  options: { seed?: boolean; distDir?: string } = {},
): Promise<TestServer> {
  const database = await openEmptyDatabase();
  if (options.seed !== false) await loadDataset(database.db, readDemoDataset());
  const app = await buildApp({ db: database.db, distDir: options.distDir });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    baseUrl: address,
    database,
    get: (path, headers = {}) => fetch(`${address}${path}`, { headers }),
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
