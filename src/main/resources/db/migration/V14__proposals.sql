-- Resident proposals: an idea for a space in a community, supported by other members until it reaches the
-- community's threshold (READY) or passes its expiry date (EXPIRED is computed on read, never stored).
-- A planner declines it (public reason), merges it into another one, or turns it into a plan (plan_id).
-- The threshold and expiry are copied onto each proposal when it is made, so later changes of a community's
-- settings never move the goal posts of proposals already open.
-- Text columns are twice the limit the service checks (200 characters of title): H2 counts UTF-16 units, so
-- characters outside the basic plane (emoji) would otherwise not fit.
CREATE TABLE proposal (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    community_id      BIGINT        NOT NULL,
    author_id         BIGINT        NOT NULL,
    title             VARCHAR(400)  NOT NULL,
    description       MEDIUMTEXT    NOT NULL,
    space_kind        VARCHAR(30)   NOT NULL,
    location          VARCHAR(400)  NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    support_count     INT           NOT NULL DEFAULT 0,
    support_threshold INT           NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    expires_at        DATETIME(6)   NOT NULL,
    ready_at          DATETIME(6),
    closed_at         DATETIME(6),
    closed_by         BIGINT,
    decline_reason    VARCHAR(2000),
    merged_into_id    BIGINT,
    plan_id           BIGINT,
    photo_type        VARCHAR(20),
    photo_sha256      VARCHAR(64),
    CONSTRAINT fk_proposal_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_proposal_author FOREIGN KEY (author_id) REFERENCES app_user (id),
    CONSTRAINT fk_proposal_closed_by FOREIGN KEY (closed_by) REFERENCES app_user (id),
    CONSTRAINT fk_proposal_merged_into FOREIGN KEY (merged_into_id) REFERENCES proposal (id),
    CONSTRAINT fk_proposal_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the list, newest first, filtered by status: where community_id in (...) [and status = ?] order by created_at desc
CREATE INDEX ix_proposal_community_status_created ON proposal (community_id, status, created_at, id);
-- the list without a status filter, newest first
CREATE INDEX ix_proposal_community_created ON proposal (community_id, created_at, id);
-- the list, most supported first
CREATE INDEX ix_proposal_community_support ON proposal (community_id, support_count, id);
-- "merged from" and "from proposal" look-ups
CREATE INDEX ix_proposal_merged_into ON proposal (merged_into_id);
CREATE INDEX ix_proposal_plan ON proposal (plan_id);

-- one support per person and proposal
CREATE TABLE proposal_support (
    proposal_id BIGINT      NOT NULL,
    user_id     BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (proposal_id, user_id),
    CONSTRAINT fk_proposal_support_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id) ON DELETE CASCADE,
    CONSTRAINT fk_proposal_support_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the photo's bytes, kept apart so lists never load them
CREATE TABLE proposal_photo (
    proposal_id BIGINT   NOT NULL PRIMARY KEY,
    content     LONGBLOB NOT NULL,
    CONSTRAINT fk_proposal_photo_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- a community's own threshold and open period; communities without a row use the application's defaults
CREATE TABLE proposal_settings (
    community_id      BIGINT NOT NULL PRIMARY KEY,
    version           BIGINT NOT NULL DEFAULT 0,
    support_threshold INT    NOT NULL,
    open_days         INT    NOT NULL,
    CONSTRAINT fk_proposal_settings_community FOREIGN KEY (community_id) REFERENCES community (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
