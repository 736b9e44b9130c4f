-- Discussion threads (one general thread per plan, one per annotation or remark), comments and support.
-- The general thread has subject_id 0, not NULL: both H2 and MariaDB treat NULLs as distinct in a unique key,
-- so NULL would allow two general threads for one plan.
CREATE TABLE thread (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT      NOT NULL DEFAULT 0,
    plan_id      BIGINT      NOT NULL,
    subject_type VARCHAR(20) NOT NULL,
    subject_id   BIGINT      NOT NULL DEFAULT 0,
    created_at   DATETIME(6) NOT NULL,
    CONSTRAINT uk_thread_subject UNIQUE (plan_id, subject_type, subject_id),
    CONSTRAINT fk_thread_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE comment (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT      NOT NULL DEFAULT 0,
    thread_id  BIGINT      NOT NULL,
    parent_id  BIGINT,
    author_id  BIGINT      NOT NULL,
    body       MEDIUMTEXT  NOT NULL,
    created_at DATETIME(6) NOT NULL,
    edited_at  DATETIME(6),
    deleted    BOOLEAN     NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_comment_thread FOREIGN KEY (thread_id) REFERENCES thread (id) ON DELETE CASCADE,
    CONSTRAINT fk_comment_parent FOREIGN KEY (parent_id) REFERENCES comment (id),
    CONSTRAINT fk_comment_author FOREIGN KEY (author_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- keyset paging, newest first: where thread_id = ? [and id < ?] order by id desc
CREATE INDEX ix_comment_thread_id ON comment (thread_id, id);
-- the rate limit and "my comments" look-ups
CREATE INDEX ix_comment_author_created ON comment (author_id, created_at);

CREATE TABLE comment_support (
    comment_id BIGINT      NOT NULL,
    user_id    BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (comment_id, user_id),
    CONSTRAINT fk_comment_support_comment FOREIGN KEY (comment_id) REFERENCES comment (id) ON DELETE CASCADE,
    CONSTRAINT fk_comment_support_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
