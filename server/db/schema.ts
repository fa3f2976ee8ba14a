/**
 * Drizzle's view of the tables that db/migrations/*.sql create. The SQL files are the source of
 * truth for the database; test/server/migrations.test.ts checks that the two agree.
 */
import {
  bigint,
  boolean,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import type { Observation } from '@/domain/observation';

export const zones = pgTable('zones', {
  seq: integer('seq').generatedAlwaysAsIdentity(),
  id: text('id').primaryKey(),
  country: text('country').notNull(),
  status: text('status').notNull(),
  body: jsonb('body').notNull(),
});

export const sectors = pgTable('sectors', {
  seq: integer('seq').generatedAlwaysAsIdentity(),
  id: text('id').primaryKey(),
  group: text('group').notNull(),
  body: jsonb('body').notNull(),
});

export const indicators = pgTable('indicators', {
  seq: integer('seq').generatedAlwaysAsIdentity(),
  id: text('id').primaryKey(),
  frequency: text('frequency').notNull(),
  body: jsonb('body').notNull(),
});

export const events = pgTable('events', {
  seq: integer('seq').generatedAlwaysAsIdentity(),
  id: text('id').primaryKey(),
  kind: text('kind').notNull(),
  year: integer('year'),
  zoneIds: text('zone_ids').array().notNull(),
  body: jsonb('body').notNull(),
});

export const companies = pgTable('companies', {
  seq: integer('seq').generatedAlwaysAsIdentity(),
  id: text('id').primaryKey(),
  zoneId: text('zone_id').notNull(),
  sectorId: text('sector_id').notNull(),
  body: jsonb('body').notNull(),
});

export const observations = pgTable('observations', {
  seq: bigint('seq', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  indicatorId: text('indicator_id').notNull(),
  geoType: text('geo_type').notNull(),
  geo: text('geo').notNull(),
  sectorId: text('sector_id'),
  period: text('period').notNull(),
  endYear: integer('end_year').notNull(),
  value: doublePrecision('value').notNull(),
  qualifier: text('qualifier'),
  vintage: text('vintage'),
  provKind: text('prov_kind').notNull(),
  provSource: text('prov_source').notNull(),
  provUrl: text('prov_url'),
  definition: text('definition'),
  provAsOf: text('prov_as_of'),
  provNote: text('prov_note'),
  provMethod: text('prov_method'),
  provCopiedFrom: jsonb('prov_copied_from').$type<{ name: string; url: string | null }>(),
  /** The observation's `texts` (definition) and its provenance's (note, method), in Chinese and Urdu. */
  texts: jsonb('texts').$type<NonNullable<Observation['texts']>>(),
  provTexts: jsonb('prov_texts').$type<NonNullable<Observation['provenance']['texts']>>(),
  /** Maintained by repo/vintages.ts: the latest vintage of its indicator, geo, sector and period. */
  isLatest: boolean('is_latest').notNull().default(true),
});

export const worldBankSeries = pgTable('world_bank_series', {
  indicatorId: text('indicator_id').primaryKey(),
  lastUpdated: text('last_updated').notNull(),
  mirroredFrom: text('mirrored_from').notNull(),
  mirroredUrl: text('mirrored_url').notNull(),
  /** Whether the copy states WDI's own update date; when not, lastUpdated is the copy's date. */
  lastUpdatedGiven: boolean('last_updated_given').notNull().default(false),
});

export const worldBankRows = pgTable(
  'world_bank_rows',
  {
    seq: integer('seq').generatedAlwaysAsIdentity(),
    indicatorId: text('indicator_id').notNull(),
    countryIso3: text('country_iso3').notNull(),
    countryIso2: text('country_iso2').notNull(),
    date: text('date').notNull(),
    body: jsonb('body').notNull(),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.countryIso3, t.date] })],
);

export const dataset = pgTable('dataset', {
  id: integer('id').primaryKey(),
  version: text('version').notNull(),
  lastImportAt: timestamp('last_import_at', { withTimezone: true, mode: 'string' }),
});

export const tables = {
  zones,
  sectors,
  indicators,
  events,
  companies,
  observations,
  worldBankSeries,
  worldBankRows,
  dataset,
};
