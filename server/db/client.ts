/**
 * The one place that decides which PostgreSQL the service talks to: embedded PGlite in a local
 * folder by default, or any server named by DATABASE_URL. Both get the same Drizzle schema,
 * queries and migrations.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { tables } from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof tables>;

export interface Database {
  db: Db;
  /** 'pglite' (embedded, in dataDir or in memory) or 'postgres' (DATABASE_URL). */
  kind: 'pglite' | 'postgres';
  /** Applies every committed migration not yet applied; safe to call on every start. */
  migrate: () => Promise<void>;
  close: () => Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

export interface DatabaseOptions {
  /** postgres://… to use a PostgreSQL server; otherwise PGlite. */
  url?: string | undefined;
  /** PGlite's data folder; undefined keeps the database in memory (tests). */
  dataDir?: string | undefined;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    // Short idle timeout: the pool never holds connections a CLI run would wait on.
    const client = postgres(options.url, { max: 10, idle_timeout: 20, onnotice: () => {} });
    const db = drizzlePostgres({ client, schema: tables });
    return {
      db: db as unknown as Db,
      kind: 'postgres',
      migrate: () => migratePostgres(db, { migrationsFolder }),
      close: () => client.end({ timeout: 5 }),
    };
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
  const db = drizzlePglite({ client, schema: tables });
  return {
    db: db as unknown as Db,
    kind: 'pglite',
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: () => client.close(),
  };
}

/** For /readyz: the database answers and the latest committed migration has been applied. */
export async function isReady(db: Db): Promise<boolean> {
  try {
    const rows = await db.execute<{ n: number }>(sql`select count(*)::int as n from dataset`);
    return Array.isArray(rows) ? rows.length === 1 : true;
  } catch {
    return false;
  }
}
