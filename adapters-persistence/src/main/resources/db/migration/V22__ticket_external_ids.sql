-- Tickets brought in by a CSV import (issue 15) may carry the id they had in the desk they came from. Importing the
-- same file again finds them by it and skips them, so a repeated import creates no duplicates. Most tickets have
-- none; the partial index holds only those that do and makes the id unique among them.
ALTER TABLE tickets ADD COLUMN external_id text CHECK (length(external_id) BETWEEN 1 AND 200);

CREATE UNIQUE INDEX tickets_external_id_key ON tickets (external_id) WHERE external_id IS NOT NULL;
