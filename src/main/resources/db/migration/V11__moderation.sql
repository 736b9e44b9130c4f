-- Moderation: visibility of comments and annotations (kept in the features' own tables so that their lists and
-- counts filter cheaply), blocked accounts, flags, the moderation queue and per-plan pre-moderation.
-- moderation: VISIBLE, HIDDEN (by moderators, or automatically after enough flags), AWAITING_REVIEW
-- (pre-moderation), BLOCKED (its author is blocked; restored when unblocked).
ALTER TABLE comment ADD COLUMN moderation VARCHAR(20) NOT NULL DEFAULT 'VISIBLE';
ALTER TABLE comment ADD COLUMN moderation_reason VARCHAR(1000);
ALTER TABLE annotation ADD COLUMN moderation VARCHAR(20) NOT NULL DEFAULT 'VISIBLE';
ALTER TABLE annotation ADD COLUMN moderation_reason VARCHAR(1000);
ALTER TABLE app_user ADD COLUMN blocked BOOLEAN NOT NULL DEFAULT FALSE;

-- one queue entry per moderated item (flagged or awaiting approval); a mirror of its visibility for filtering
CREATE TABLE moderation_item (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    content_type  VARCHAR(20)   NOT NULL,
    content_id    BIGINT        NOT NULL,
    plan_id       BIGINT        NOT NULL,
    community_id  BIGINT        NOT NULL,
    plan_title    VARCHAR(300)  NOT NULL,
    author_id     BIGINT        NOT NULL,
    excerpt       VARCHAR(300)  NOT NULL,
    review        VARCHAR(20)   NOT NULL,
    visibility    VARCHAR(20)   NOT NULL,
    auto_hidden   BOOLEAN       NOT NULL DEFAULT FALSE,
    hide_reason   VARCHAR(1000),
    flag_count    INT           NOT NULL DEFAULT 0,
    reviewed_flags INT          NOT NULL DEFAULT 0,
    reasons       VARCHAR(100)  NOT NULL DEFAULT '',
    created_at    DATETIME(6)   NOT NULL,
    last_activity DATETIME(6)   NOT NULL,
    CONSTRAINT uk_moderation_item UNIQUE (content_type, content_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the queue: newest activity first, within a community (moderators) or everywhere (admins)
CREATE INDEX ix_moderation_item_activity ON moderation_item (last_activity, id);
CREATE INDEX ix_moderation_item_community ON moderation_item (community_id, last_activity);
CREATE INDEX ix_moderation_item_author ON moderation_item (author_id);

CREATE TABLE moderation_flag (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    item_id      BIGINT       NOT NULL,
    flagger_id   BIGINT       NOT NULL,
    reason       VARCHAR(20)  NOT NULL,
    reason_text  VARCHAR(500),
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_moderation_flag UNIQUE (item_id, flagger_id),
    CONSTRAINT fk_moderation_flag_item FOREIGN KEY (item_id) REFERENCES moderation_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_moderation_flag_user FOREIGN KEY (flagger_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE moderation_plan_setting (
    plan_id        BIGINT      NOT NULL PRIMARY KEY,
    version        BIGINT      NOT NULL DEFAULT 0,
    pre_moderation BOOLEAN     NOT NULL DEFAULT FALSE,
    changed_by     BIGINT      NOT NULL,
    changed_at     DATETIME(6) NOT NULL,
    CONSTRAINT fk_moderation_setting_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
