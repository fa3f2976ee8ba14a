-- Chinese and Urdu for an observation's own texts (definition) and its provenance's (note, method):
-- the contract's `texts` objects, kept as they are ({ "note": { "zh-Hans": …, "ur": … } }). Other
-- records keep theirs inside their JSON bodies.
ALTER TABLE observations ADD COLUMN texts jsonb;
--> statement-breakpoint
ALTER TABLE observations ADD COLUMN prov_texts jsonb;
