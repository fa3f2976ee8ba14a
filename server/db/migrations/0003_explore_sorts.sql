-- The Explore table lists every vintage (vintage=all) sorted by value: its first page, and each
-- page after a cursor, read straight from this index instead of sorting every row.
CREATE INDEX observations_value_all_idx ON observations (value, seq);
