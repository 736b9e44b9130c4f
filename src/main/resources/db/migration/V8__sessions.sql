-- Live participatory sessions of a plan: agenda, participants (members and guests), attendance and raised hands.
-- The live state (current agenda item, focus, timer) is stored on the session row: the database is the truth,
-- the session's Collaboration Engine topic only carries copies to the open rooms.
CREATE TABLE live_session (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT       NOT NULL DEFAULT 0,
    plan_id            BIGINT       NOT NULL,
    title              VARCHAR(200) NOT NULL,
    starts_at          DATETIME(6)  NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    join_code          VARCHAR(12)  NOT NULL,
    host_id            BIGINT       NOT NULL,
    guests_may_comment BOOLEAN      NOT NULL DEFAULT FALSE,
    started_at         DATETIME(6),
    ended_at           DATETIME(6),
    created_at         DATETIME(6)  NOT NULL,
    current_item_id    BIGINT,
    focus_kind         VARCHAR(20),
    focus_ref          VARCHAR(40),
    focus_changed_at   DATETIME(6),
    timer_ends_at      DATETIME(6),
    timer_seconds      INT,
    CONSTRAINT uk_live_session_join_code UNIQUE (join_code),
    CONSTRAINT fk_live_session_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_live_session_host FOREIGN KEY (host_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the plan's sessions, newest first; live sessions of some plans
CREATE INDEX ix_live_session_plan ON live_session (plan_id, starts_at);
CREATE INDEX ix_live_session_status ON live_session (status, plan_id);

CREATE TABLE session_agenda_item (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    session_id    BIGINT       NOT NULL,
    position      INT          NOT NULL,
    title         VARCHAR(200) NOT NULL,
    plan_field    VARCHAR(30),
    annotation_id BIGINT,
    covered_at    DATETIME(6),
    CONSTRAINT uk_session_agenda_position UNIQUE (session_id, position),
    CONSTRAINT fk_session_agenda_session FOREIGN KEY (session_id) REFERENCES live_session (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A member has one participant per session (user_id set, reused after reconnecting); a guest gets a new one at
-- every join (user_id NULL: NULLs are distinct in a unique key on both databases). Only the hash of the
-- pass's secret is stored.
CREATE TABLE session_participant (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    session_id  BIGINT       NOT NULL,
    user_id     BIGINT,
    guest_name  VARCHAR(60),
    secret_hash VARCHAR(100) NOT NULL,
    follows_host BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uk_session_participant_user UNIQUE (session_id, user_id),
    CONSTRAINT fk_session_participant_session FOREIGN KEY (session_id) REFERENCES live_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_participant_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- one row per connection period of a participant; open (left_at NULL) while connected
CREATE TABLE session_attendance (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    participant_id BIGINT      NOT NULL,
    joined_at      DATETIME(6) NOT NULL,
    left_at        DATETIME(6),
    CONSTRAINT fk_session_attendance_participant FOREIGN KEY (participant_id)
        REFERENCES session_participant (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_session_attendance_participant ON session_attendance (participant_id, left_at);

-- raised hands: up while lowered_at is NULL; called_at marks the speaker the host called
CREATE TABLE session_hand (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id     BIGINT      NOT NULL,
    participant_id BIGINT      NOT NULL,
    raised_at      DATETIME(6) NOT NULL,
    lowered_at     DATETIME(6),
    called_at      DATETIME(6),
    CONSTRAINT fk_session_hand_session FOREIGN KEY (session_id) REFERENCES live_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_hand_participant FOREIGN KEY (participant_id)
        REFERENCES session_participant (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_session_hand_queue ON session_hand (session_id, lowered_at, raised_at);
