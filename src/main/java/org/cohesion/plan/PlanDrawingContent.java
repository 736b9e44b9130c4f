package org.cohesion.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The bytes of a site drawing, kept apart so listing drawings never loads them. */
@Entity
@Table(name = "plan_drawing_content")
public class PlanDrawingContent {

    @Id
    @Column(name = "drawing_id")
    private Long drawingId;

    @Column(nullable = false, length = Integer.MAX_VALUE)
    @JdbcTypeCode(SqlTypes.BLOB)
    private byte[] content;

    protected PlanDrawingContent() {
    }

    PlanDrawingContent(long drawingId, byte[] content) {
        this.drawingId = drawingId;
        this.content = content;
    }

    public byte[] getContent() {
        return content;
    }
}
