import { readConfig } from '../config';
import { openDatabase, type Db } from '../db/client';

/** Opens the configured database in this process (no server running, or DATABASE_URL), migrated. */
export async function withDatabase<T>(run: (db: Db) => Promise<T>): Promise<T> {
  const config = readConfig();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await database.migrate();
    return await run(database.db);
  } finally {
    await database.close();
  }
}
