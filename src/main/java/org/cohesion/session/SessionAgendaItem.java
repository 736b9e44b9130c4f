package org.cohesion.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cohesion.base.AbstractEntity;
import org.cohesion.plan.PlanField;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One item of a session's agenda, optionally about one of the plan's long texts or an annotation. */
@Entity
@Table(name = "session_agenda_item")
public class SessionAgendaItem extends AbstractEntity {

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "plan_field")
    private PlanField planField;

    @Column(name = "annotation_id")
    private Long annotationId;

    @Column(name = "covered_at")
    private Instant coveredAt;

    protected SessionAgendaItem() {
    }

    SessionAgendaItem(long sessionId, int position, String title, PlanField planField, Long annotationId) {
        this.sessionId = sessionId;
        this.position = position;
        this.title = title;
        this.planField = planField;
        this.annotationId = annotationId;
    }

    public long getSessionId() {
        return sessionId;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public PlanField getPlanField() {
        return planField;
    }

    public Long getAnnotationId() {
        return annotationId;
    }

    public Instant getCoveredAt() {
        return coveredAt;
    }

    /** Marks the item covered the first time it becomes current. */
    void cover(Instant now) {
        if (coveredAt == null) {
            coveredAt = now;
        }
    }
}
