-- In-app notifications: one row per recipient and event. The row stores what happened (kind) and the values
-- needed to say it (who, which annotation, status, reason, revision), not a sentence: the sentence is
-- translated when it is shown, in the reader's language. Comment text is never copied here, so deleting a
-- comment erases its text for good.
CREATE TABLE notification (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    recipient_id      BIGINT        NOT NULL,
    kind              VARCHAR(30)   NOT NULL,
    plan_id           BIGINT        NOT NULL,
    annotation_id     BIGINT,
    annotation_number INT,
    annotation_shape  VARCHAR(10),
    thread_id         BIGINT,
    thread_subject    VARCHAR(20),
    comment_id        BIGINT,
    actor_id          BIGINT        NOT NULL,
    status            VARCHAR(20),
    reason            VARCHAR(1000),
    revision          INT,
    created_at        DATETIME(6)   NOT NULL,
    read_at           DATETIME(6),
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_notification_actor FOREIGN KEY (actor_id) REFERENCES app_user (id),
    CONSTRAINT fk_notification_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_notification_annotation FOREIGN KEY (annotation_id) REFERENCES annotation (id) ON DELETE CASCADE,
    CONSTRAINT fk_notification_thread FOREIGN KEY (thread_id) REFERENCES thread (id) ON DELETE CASCADE,
    CONSTRAINT fk_notification_comment FOREIGN KEY (comment_id) REFERENCES comment (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the unread count and "mark all read": where recipient_id = ? and read_at is null
CREATE INDEX ix_notification_unread ON notification (recipient_id, read_at, id);
-- the list, newest first: where recipient_id = ? order by id desc
CREATE INDEX ix_notification_recipient ON notification (recipient_id, id);
