-- "What we heard" summaries of plans (docs/decisions/0018-synthesis.md). One draft per plan, edited by its planners
-- and moderators (optimistic lock on version); publishing freezes the draft into a numbered version: its lines and,
-- per citation, a copy of the cited contribution (text, kind, author's display name) as it read at publish time,
-- so a later edit or deletion elsewhere does not change what residents were shown.
CREATE TABLE summary_draft (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT      NOT NULL DEFAULT 0,
    plan_id    BIGINT      NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    updated_by BIGINT      NOT NULL,
    CONSTRAINT uk_summary_draft_plan UNIQUE (plan_id),
    CONSTRAINT fk_summary_draft_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_summary_draft_user FOREIGN KEY (updated_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- cited: the contribution references of the line, space separated ("annotation:12 comment:40")
CREATE TABLE summary_draft_line (
    draft_id BIGINT        NOT NULL,
    line_no  INT           NOT NULL,
    body     VARCHAR(2000) NOT NULL,
    cited    VARCHAR(2000) NOT NULL,
    PRIMARY KEY (draft_id, line_no),
    CONSTRAINT fk_summary_draft_line_draft FOREIGN KEY (draft_id) REFERENCES summary_draft (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE summary_version (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT       NOT NULL DEFAULT 0,
    plan_id             BIGINT       NOT NULL,
    number              INT          NOT NULL,
    author_id           BIGINT       NOT NULL,
    author_name         VARCHAR(100) NOT NULL,
    published_at        DATETIME(6)  NOT NULL,
    contribution_count  INT          NOT NULL,
    participant_count   INT          NOT NULL,
    CONSTRAINT uk_summary_version_number UNIQUE (plan_id, number),
    CONSTRAINT fk_summary_version_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_summary_version_author FOREIGN KEY (author_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE summary_version_line (
    version_id BIGINT        NOT NULL,
    line_no    INT           NOT NULL,
    body       VARCHAR(2000) NOT NULL,
    PRIMARY KEY (version_id, line_no),
    CONSTRAINT fk_summary_version_line_version FOREIGN KEY (version_id) REFERENCES summary_version (id)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the frozen copy of each citation; line_no names the line it belongs to, cite_no orders all of a version's
CREATE TABLE summary_version_citation (
    version_id      BIGINT       NOT NULL,
    cite_no         INT          NOT NULL,
    line_no         INT          NOT NULL,
    contribution    VARCHAR(40)  NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    category        VARCHAR(20)  NOT NULL,
    quote           VARCHAR(1000),
    body            MEDIUMTEXT   NOT NULL,
    author_name     VARCHAR(100) NOT NULL,
    contributed_at  DATETIME(6)  NOT NULL,
    link            VARCHAR(200) NOT NULL,
    PRIMARY KEY (version_id, cite_no),
    CONSTRAINT fk_summary_version_citation_version FOREIGN KEY (version_id) REFERENCES summary_version (id)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
