-- The audit log: append-only. The application only ever inserts and reads rows (no update or delete path).
CREATE TABLE audit_entry (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    created_at   DATETIME(6)   NOT NULL,
    actor_id     BIGINT,
    actor_name   VARCHAR(200)  NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    target_type  VARCHAR(20)   NOT NULL,
    target_id    BIGINT,
    target_label VARCHAR(300)  NOT NULL,
    community_id BIGINT,
    reason       VARCHAR(1000),
    detail       VARCHAR(1000)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_audit_entry_created ON audit_entry (created_at, id);
CREATE INDEX ix_audit_entry_action ON audit_entry (action, created_at);
CREATE INDEX ix_audit_entry_community ON audit_entry (community_id, created_at);
