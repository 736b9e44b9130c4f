-- "What happened to my input" (docs/decisions/0021-input-trace.md): notifications about proposals (which may have
-- no plan yet) and about the progress of plans people took part in; a notification preference per person; and
-- indexes for reading one person's input newest first.
ALTER TABLE notification MODIFY COLUMN plan_id BIGINT NULL;
ALTER TABLE notification ADD COLUMN proposal_id BIGINT;
ALTER TABLE notification ADD COLUMN phase VARCHAR(30);
ALTER TABLE notification ADD COLUMN subject_title VARCHAR(400);
ALTER TABLE notification ADD COLUMN summary_number INT;
ALTER TABLE notification ADD CONSTRAINT fk_notification_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
    ON DELETE CASCADE;

-- ALL (the default when a person has no row), MY_INPUT or NONE
CREATE TABLE notification_preference (
    user_id    BIGINT      NOT NULL PRIMARY KEY,
    version    BIGINT      NOT NULL DEFAULT 0,
    preference VARCHAR(20) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_notification_preference_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- one person's input, newest first (keyset on created_at, id)
CREATE INDEX ix_annotation_author_created ON annotation (author_id, created_at, id);
CREATE INDEX ix_proposal_author_created ON proposal (author_id, created_at, id);
CREATE INDEX ix_proposal_support_user_created ON proposal_support (user_id, created_at);
CREATE INDEX ix_session_participant_user ON session_participant (user_id);
CREATE INDEX ix_plan_rating_user_created ON plan_rating (user_id, created_at, id);
-- which published summaries cite a contribution
CREATE INDEX ix_summary_version_citation_contribution ON summary_version_citation (contribution);
