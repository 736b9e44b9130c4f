-- Communities, people, roles and membership. Runs on H2 (MODE=MariaDB) and MariaDB 10.11+.
CREATE TABLE community (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    name_en       VARCHAR(100),
    name_zh       VARCHAR(100),
    street_en     VARCHAR(100),
    street_zh     VARCHAR(100),
    district_en   VARCHAR(100),
    district_zh   VARCHAR(100),
    invite_code   VARCHAR(32)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_community_invite_code UNIQUE (invite_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    username         VARCHAR(100) NOT NULL,
    display_name     VARCHAR(100) NOT NULL,
    password_hash    VARCHAR(100) NOT NULL,
    preferred_locale VARCHAR(16),
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at       DATETIME(6)  NOT NULL,
    CONSTRAINT uk_app_user_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE membership (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT      NOT NULL DEFAULT 0,
    user_id           BIGINT      NOT NULL,
    community_id      BIGINT      NOT NULL,
    stakeholder_group VARCHAR(30) NOT NULL,
    joined_at         DATETIME(6) NOT NULL,
    CONSTRAINT uk_membership_user_community UNIQUE (user_id, community_id),
    CONSTRAINT fk_membership_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_membership_community FOREIGN KEY (community_id) REFERENCES community (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_membership_community ON membership (community_id);
