-- Comments written in a live session's room by its participants (members, and guests when the host allows),
-- kept with the session for its record.
CREATE TABLE session_comment (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id     BIGINT      NOT NULL,
    participant_id BIGINT      NOT NULL,
    body           TEXT        NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    CONSTRAINT fk_session_comment_session FOREIGN KEY (session_id) REFERENCES live_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_comment_participant FOREIGN KEY (participant_id)
        REFERENCES session_participant (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- newest first, page by page: where session_id = ? [and id < ?] order by id desc
CREATE INDEX ix_session_comment_session ON session_comment (session_id, id);
-- the per-participant rate limit
CREATE INDEX ix_session_comment_participant ON session_comment (participant_id, created_at);
