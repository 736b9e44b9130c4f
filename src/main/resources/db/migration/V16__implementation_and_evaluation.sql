-- Implementation and evaluation of plans (decision 0020).

-- Milestones of the works, kept by the plan's planners while the plan is in IMPLEMENTATION.
CREATE TABLE implementation_milestone (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    plan_id     BIGINT       NOT NULL,
    title       VARCHAR(200) NOT NULL,
    target_date DATE         NOT NULL,
    actual_date DATE,
    progress    INT          NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_implementation_milestone_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_implementation_milestone_plan ON implementation_milestone (plan_id, target_date);

-- Photos of a milestone (JPEG, PNG or WebP up to 5 MB, checked by their content); the bytes apart from the facts.
CREATE TABLE implementation_photo (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    milestone_id BIGINT       NOT NULL,
    plan_id      BIGINT       NOT NULL,
    caption      VARCHAR(200),
    content_type VARCHAR(30)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    uploaded_by  BIGINT       NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_implementation_photo_milestone FOREIGN KEY (milestone_id) REFERENCES implementation_milestone (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_implementation_photo_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_implementation_photo_by FOREIGN KEY (uploaded_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_implementation_photo_milestone ON implementation_photo (milestone_id, id);

CREATE TABLE implementation_photo_content (
    photo_id BIGINT     NOT NULL PRIMARY KEY,
    content  LONGBLOB NOT NULL,
    CONSTRAINT fk_implementation_photo_content FOREIGN KEY (photo_id) REFERENCES implementation_photo (id)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Status updates residents follow on the plan, newest first (keyset by id).
CREATE TABLE implementation_update (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id   BIGINT        NOT NULL,
    body      VARCHAR(2000) NOT NULL,
    author_id BIGINT        NOT NULL,
    posted_at DATETIME(6)   NOT NULL,
    CONSTRAINT fk_implementation_update_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_implementation_update_author FOREIGN KEY (author_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_implementation_update_plan ON implementation_update (plan_id, id);

-- Ratings of the built result: one per member and plan (changeable), 1 to 5 stars, an optional comment.
CREATE TABLE plan_rating (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT        NOT NULL DEFAULT 0,
    plan_id    BIGINT        NOT NULL,
    user_id    BIGINT        NOT NULL,
    stars      INT           NOT NULL,
    comment    VARCHAR(2000),
    created_at DATETIME(6)   NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    CONSTRAINT uk_plan_rating UNIQUE (plan_id, user_id),
    CONSTRAINT ck_plan_rating_stars CHECK (stars BETWEEN 1 AND 5),
    CONSTRAINT fk_plan_rating_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_rating_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_plan_rating_stars ON plan_rating (plan_id, stars);
CREATE INDEX ix_plan_rating_recent ON plan_rating (plan_id, updated_at);
