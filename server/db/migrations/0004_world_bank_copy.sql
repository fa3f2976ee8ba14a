-- The stored World Bank rows are a copy (a public mirror of WDI): the API names it, and says whether
-- the copy stated WDI's update date; when it did not, last_updated is the copy's date, never shown as WDI's.
ALTER TABLE world_bank_series ADD COLUMN last_updated_given boolean NOT NULL DEFAULT false;
