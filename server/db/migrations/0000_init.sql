-- Reference tables keep the contract's record as JSON beside the columns the API filters on;
-- seq keeps the order records were loaded in, which is the order the API answers.
CREATE TABLE zones (
  seq integer GENERATED ALWAYS AS IDENTITY,
  id text PRIMARY KEY,
  country text NOT NULL,
  status text NOT NULL,
  body jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE sectors (
  seq integer GENERATED ALWAYS AS IDENTITY,
  id text PRIMARY KEY,
  "group" text NOT NULL,
  body jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE indicators (
  seq integer GENERATED ALWAYS AS IDENTITY,
  id text PRIMARY KEY,
  frequency text NOT NULL,
  body jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE events (
  seq integer GENERATED ALWAYS AS IDENTITY,
  id text PRIMARY KEY,
  kind text NOT NULL,
  year integer,
  zone_ids text[] NOT NULL,
  body jsonb NOT NULL
);
--> statement-breakpoint
CREATE INDEX events_zone_ids_idx ON events USING gin (zone_ids);
--> statement-breakpoint
CREATE TABLE companies (
  seq integer GENERATED ALWAYS AS IDENTITY,
  id text PRIMARY KEY,
  zone_id text NOT NULL,
  sector_id text NOT NULL,
  body jsonb NOT NULL
);
--> statement-breakpoint
-- One row per figure and vintage: a later as-of date for the same indicator, place, sector and
-- period is a new row (a revision), never an update.
CREATE TABLE observations (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  indicator_id text NOT NULL,
  geo_type text NOT NULL,
  geo text NOT NULL,
  sector_id text,
  period text NOT NULL,
  end_year integer NOT NULL,
  value double precision NOT NULL,
  qualifier text,
  vintage text,
  prov_kind text NOT NULL,
  prov_source text NOT NULL,
  prov_url text,
  prov_as_of text COLLATE "C" NOT NULL,
  prov_note text,
  CONSTRAINT observations_vintage_key UNIQUE NULLS NOT DISTINCT (indicator_id, geo, sector_id, period, prov_as_of, vintage)
);
--> statement-breakpoint
CREATE INDEX observations_indicator_idx ON observations (indicator_id, end_year, seq);
--> statement-breakpoint
CREATE INDEX observations_geo_idx ON observations (geo, end_year);
--> statement-breakpoint
CREATE INDEX observations_sector_idx ON observations (sector_id) WHERE sector_id IS NOT NULL;
--> statement-breakpoint
CREATE INDEX observations_end_year_idx ON observations (end_year, seq);
--> statement-breakpoint
-- The World Bank mirror, answered in the World Bank's own format so the app needs no outside call.
CREATE TABLE world_bank_series (
  indicator_id text PRIMARY KEY,
  last_updated text NOT NULL,
  mirrored_from text NOT NULL,
  mirrored_url text NOT NULL
);
--> statement-breakpoint
CREATE TABLE world_bank_rows (
  seq integer GENERATED ALWAYS AS IDENTITY,
  indicator_id text NOT NULL REFERENCES world_bank_series (indicator_id),
  country_iso3 text NOT NULL,
  country_iso2 text NOT NULL,
  date text NOT NULL,
  body jsonb NOT NULL,
  PRIMARY KEY (indicator_id, country_iso3, date)
);
--> statement-breakpoint
-- One row: the dataset's version (the ETag) and the time of the last import.
CREATE TABLE dataset (
  id integer PRIMARY KEY CHECK (id = 1),
  version text NOT NULL,
  last_import_at timestamptz
);
