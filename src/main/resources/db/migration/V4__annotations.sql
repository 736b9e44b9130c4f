-- Pins and areas on site drawings. Coordinates are relative to the drawing (0..1), stored compactly as
-- "x,y;x,y;..." (one point for a pin, three or more for an area). Numbers count per plan and are never
-- reused: deleting only marks an annotation deleted.
CREATE TABLE annotation (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT        NOT NULL DEFAULT 0,
    plan_id               BIGINT        NOT NULL,
    drawing_id            BIGINT        NOT NULL,
    number                INT           NOT NULL,
    shape                 VARCHAR(10)   NOT NULL,
    points                VARCHAR(2000) NOT NULL,
    category              VARCHAR(20)   NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    status_reason         VARCHAR(1000),
    addressed_in_revision INT,
    body                  MEDIUMTEXT    NOT NULL,
    author_id             BIGINT        NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    deleted               BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_annotation_number UNIQUE (plan_id, number),
    CONSTRAINT fk_annotation_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_annotation_drawing FOREIGN KEY (drawing_id) REFERENCES plan_drawing (id) ON DELETE CASCADE,
    CONSTRAINT fk_annotation_author FOREIGN KEY (author_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_annotation_drawing ON annotation (drawing_id, deleted, number);
