/** The service's settings, from the environment (README, "The data service"). */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface ServerConfig {
  host: string;
  port: number;
  /** postgres://… for a PostgreSQL server; unset means embedded PGlite in dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  distDir: string;
  logLevel: string;
  /** ANSWER_CACHE_MB: memory for finished API answers (routes/api.ts); 0 turns the cache off. */
  answerCacheMegabytes: number;
  /** DATASET_CHECK_MS: how long the API reuses a read of the dataset version (repo/dataset-version.ts). */
  datasetCheckMs: number;
}

function port(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 && n < 65536 ? n : fallback;
}

function nonNegative(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return raw?.trim() && Number.isFinite(n) && n >= 0 ? n : fallback;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    port: port(env.PORT, 4173),
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    dataDir: env.PGLITE_DATA_DIR?.trim() || `${root}.data/pglite`,
    // @fastify/static needs an absolute folder; DIST_DIR may be given relative to the working directory.
    distDir: resolve(env.DIST_DIR?.trim() || `${root}dist`),
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    answerCacheMegabytes: nonNegative(env.ANSWER_CACHE_MB, 64),
    datasetCheckMs: nonNegative(env.DATASET_CHECK_MS, 1000),
  };
}
