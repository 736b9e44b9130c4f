-- Plans, their co-editors, field-level change history grouped into revisions, and site drawings.
CREATE TABLE plan (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    community_id    BIGINT        NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    kind            VARCHAR(30)   NOT NULL,
    location        VARCHAR(300),
    summary         MEDIUMTEXT,
    goals           MEDIUMTEXT,
    design_proposal MEDIUMTEXT,
    budget_cny      DECIMAL(14, 2),
    start_date      DATE,
    target_date     DATE,
    phase           VARCHAR(30)   NOT NULL,
    created_by      BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_plan_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_plan_created_by FOREIGN KEY (created_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_plan_community_updated ON plan (community_id, updated_at);

CREATE TABLE plan_editor (
    plan_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    PRIMARY KEY (plan_id, user_id),
    CONSTRAINT fk_plan_editor_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_editor_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE plan_revision (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT      NOT NULL DEFAULT 0,
    plan_id     BIGINT      NOT NULL,
    number      INT         NOT NULL,
    author_id   BIGINT      NOT NULL,
    started_at  DATETIME(6) NOT NULL,
    ended_at    DATETIME(6) NOT NULL,
    restored_from INT,
    CONSTRAINT uk_plan_revision_number UNIQUE (plan_id, number),
    CONSTRAINT fk_plan_revision_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_revision_author FOREIGN KEY (author_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE plan_change (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    revision_id BIGINT      NOT NULL,
    plan_id     BIGINT      NOT NULL,
    field       VARCHAR(30) NOT NULL,
    old_value   MEDIUMTEXT,
    new_value   MEDIUMTEXT,
    author_id   BIGINT      NOT NULL,
    changed_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_plan_change_revision FOREIGN KEY (revision_id) REFERENCES plan_revision (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_change_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_plan_change_plan ON plan_change (plan_id, id);

CREATE TABLE plan_drawing (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    plan_id      BIGINT       NOT NULL,
    title        VARCHAR(200) NOT NULL,
    content_type VARCHAR(30)  NOT NULL,
    width        INT          NOT NULL,
    height       INT          NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    uploaded_by  BIGINT       NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_plan_drawing_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_drawing_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_plan_drawing_plan ON plan_drawing (plan_id);

CREATE TABLE plan_drawing_content (
    drawing_id BIGINT   NOT NULL PRIMARY KEY,
    content    LONGBLOB NOT NULL,
    CONSTRAINT fk_plan_drawing_content FOREIGN KEY (drawing_id) REFERENCES plan_drawing (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
