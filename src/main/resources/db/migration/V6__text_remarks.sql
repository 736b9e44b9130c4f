-- Remarks on a passage of a plan text are annotations too (shape TEXT): they share the plan's numbering,
-- categories, statuses, threads and list. They have no drawing and no points ('' in points); instead they keep
-- the quoted passage, a little context on either side and where it started (see docs/decisions/0008 and 0012).
-- quote_* hold the anchor as last found in the text; outdated is set when the passage is gone (the anchor then
-- keeps the original quote, so the remark is found again if the passage comes back).
ALTER TABLE annotation MODIFY drawing_id BIGINT NULL;
ALTER TABLE annotation ADD COLUMN text_field VARCHAR(30) NULL;
ALTER TABLE annotation ADD COLUMN quote VARCHAR(1000) NULL;
ALTER TABLE annotation ADD COLUMN quote_prefix VARCHAR(100) NULL;
ALTER TABLE annotation ADD COLUMN quote_suffix VARCHAR(100) NULL;
ALTER TABLE annotation ADD COLUMN quote_start INT NULL;
ALTER TABLE annotation ADD COLUMN outdated BOOLEAN NOT NULL DEFAULT FALSE;

CREATE INDEX ix_annotation_text ON annotation (plan_id, text_field, deleted, number);
