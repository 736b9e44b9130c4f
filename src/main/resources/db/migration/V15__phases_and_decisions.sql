-- Whole-process phases (decision 0020). Every move of a plan from one phase to another is recorded with the
-- planner's note; the plan's current phase stays in plan.phase (the one place features read it from).
CREATE TABLE plan_phase_change (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id    BIGINT        NOT NULL,
    from_phase VARCHAR(30)   NOT NULL,
    to_phase   VARCHAR(30)   NOT NULL,
    note       VARCHAR(1000) NOT NULL,
    changed_by BIGINT        NOT NULL,
    changed_at DATETIME(6)   NOT NULL,
    CONSTRAINT fk_plan_phase_change_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_phase_change_by FOREIGN KEY (changed_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_plan_phase_change_plan ON plan_phase_change (plan_id, id);

-- The decision record of a plan: one per plan, recorded by its planners before the plan leaves DECISION.
CREATE TABLE plan_decision (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT      NOT NULL DEFAULT 0,
    plan_id     BIGINT      NOT NULL,
    body        MEDIUMTEXT  NOT NULL,
    recorded_by BIGINT      NOT NULL,
    recorded_at DATETIME(6) NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    CONSTRAINT uk_plan_decision_plan UNIQUE (plan_id),
    CONSTRAINT fk_plan_decision_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_decision_by FOREIGN KEY (recorded_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Polls of the plan's sessions that informed the decision.
CREATE TABLE plan_decision_poll (
    decision_id BIGINT NOT NULL,
    poll_id     BIGINT NOT NULL,
    PRIMARY KEY (decision_id, poll_id),
    CONSTRAINT fk_plan_decision_poll_decision FOREIGN KEY (decision_id) REFERENCES plan_decision (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_plan_decision_poll_poll FOREIGN KEY (poll_id) REFERENCES session_poll (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Annotations of the plan the decision accepted or declined, each with its reason (required when declined).
CREATE TABLE plan_decision_annotation (
    decision_id   BIGINT        NOT NULL,
    annotation_id BIGINT        NOT NULL,
    accepted      BOOLEAN       NOT NULL,
    reason        VARCHAR(1000),
    PRIMARY KEY (decision_id, annotation_id),
    CONSTRAINT fk_plan_decision_annotation_decision FOREIGN KEY (decision_id) REFERENCES plan_decision (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_plan_decision_annotation_annotation FOREIGN KEY (annotation_id) REFERENCES annotation (id)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
