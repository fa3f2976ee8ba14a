-- The latest vintage of each figure, kept up to date by every load and import (repo/vintages.ts),
-- so the API's default answer is an indexed filter instead of a per-row search for newer vintages.
ALTER TABLE observations ADD COLUMN is_latest boolean NOT NULL DEFAULT true;
--> statement-breakpoint
UPDATE observations o SET is_latest = (r.rank = 1)
FROM (
  SELECT seq, row_number() OVER (
    PARTITION BY indicator_id, geo, sector_id, period
    ORDER BY prov_as_of DESC, coalesce(vintage = 'revised', false) DESC, seq DESC
  ) AS rank
  FROM observations
) r
WHERE o.seq = r.seq;
--> statement-breakpoint
CREATE INDEX observations_latest_idx ON observations (indicator_id, end_year, seq) WHERE is_latest;
--> statement-breakpoint
-- The Explore table's server-side sort by value reads its first page straight from this index.
CREATE INDEX observations_value_idx ON observations (value, seq) WHERE is_latest;
