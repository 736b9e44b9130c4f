-- Polls of live sessions: single choice, multiple choice or dot-voting (each participant spreads `dots` dots over
-- the options, several on one option if they like). A participant (member or guest, by their session identity)
-- casts one ballot per poll: the unique key (poll_id, participant_id) makes a second one fail, also when two
-- arrive at the same moment. Results are counted from the votes (the foreign keys' indexes serve the counting);
-- nothing is cached in the database.
CREATE TABLE session_poll (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    session_id     BIGINT       NOT NULL,
    question       VARCHAR(300) NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    dots           INT,
    open_to_guests BOOLEAN      NOT NULL DEFAULT FALSE,
    status         VARCHAR(20)  NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    opened_at      DATETIME(6),
    closed_at      DATETIME(6),
    CONSTRAINT fk_session_poll_session FOREIGN KEY (session_id) REFERENCES live_session (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_session_poll_session ON session_poll (session_id, status);

CREATE TABLE session_poll_option (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    poll_id  BIGINT       NOT NULL,
    position INT          NOT NULL,
    label    VARCHAR(200) NOT NULL,
    CONSTRAINT uk_session_poll_option_position UNIQUE (poll_id, position),
    CONSTRAINT fk_session_poll_option_poll FOREIGN KEY (poll_id) REFERENCES session_poll (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE session_poll_ballot (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    poll_id        BIGINT      NOT NULL,
    participant_id BIGINT      NOT NULL,
    cast_at        DATETIME(6) NOT NULL,
    CONSTRAINT uk_session_poll_ballot UNIQUE (poll_id, participant_id),
    CONSTRAINT fk_session_poll_ballot_poll FOREIGN KEY (poll_id) REFERENCES session_poll (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_poll_ballot_participant FOREIGN KEY (participant_id)
        REFERENCES session_participant (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE session_poll_vote (
    ballot_id BIGINT NOT NULL,
    option_id BIGINT NOT NULL,
    dots      INT    NOT NULL,
    PRIMARY KEY (ballot_id, option_id),
    CONSTRAINT fk_session_poll_vote_ballot FOREIGN KEY (ballot_id) REFERENCES session_poll_ballot (id)
        ON DELETE CASCADE,
    -- cascades too, so that deleting a plan, session or poll never depends on the order of its cascades
    CONSTRAINT fk_session_poll_vote_option FOREIGN KEY (option_id) REFERENCES session_poll_option (id)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
