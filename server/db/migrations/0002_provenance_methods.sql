-- A source may give no date (asOf null, never guessed); estimates state their method; copied data
-- names its copy; figures counted differently by their sources say what was counted.
ALTER TABLE observations ALTER COLUMN prov_as_of DROP NOT NULL;
--> statement-breakpoint
ALTER TABLE observations ADD COLUMN definition text;
--> statement-breakpoint
ALTER TABLE observations ADD COLUMN prov_method text;
--> statement-breakpoint
ALTER TABLE observations ADD COLUMN prov_copied_from jsonb;
