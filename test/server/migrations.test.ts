/** Migrations build the whole schema on an empty database, agree with Drizzle's view of it, and re-run as no-ops. */
import { getTableConfig } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isReady, type Database } from '../../server/db/client';
import { queryRows } from '../../server/db/rows';
import { tables } from '../../server/db/schema';
import { isEmpty } from '../../server/seed/load-dataset';
import { openEmptyDatabase } from './test-server';

let database: Database;
beforeAll(async () => {
  database = await openEmptyDatabase();
}, 60_000);
afterAll(() => database.close());

describe('migrations on an empty database', () => {
  it('create every table with the columns the query layer uses', async () => {
    const columns = await queryRows<{ table_name: string; column_name: string }>(
      database.db,
      sql`select table_name, column_name from information_schema.columns where table_schema = 'public'`,
    );
    for (const table of Object.values(tables)) {
      const config = getTableConfig(table);
      const actual = columns.filter((c) => c.table_name === config.name).map((c) => c.column_name);
      expect(actual.sort(), config.name).toEqual(config.columns.map((c) => c.name).sort());
    }
  });

  it('create the indexes for the filters the UI sends', async () => {
    const indexes = await queryRows<{ indexname: string }>(
      database.db,
      sql`select indexname from pg_indexes where tablename = 'observations'`,
    );
    expect(indexes.map((i) => i.indexname)).toEqual(
      expect.arrayContaining([
        'observations_indicator_idx',
        'observations_geo_idx',
        'observations_value_all_idx',
        'observations_vintage_key',
      ]),
    );
  });

  it('leave the database empty, ready, and unchanged when run again', async () => {
    expect(await isEmpty(database.db)).toBe(true);
    await database.migrate();
    expect(await isReady(database.db)).toBe(true);
  });
});
