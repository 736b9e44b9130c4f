package org.cohesion.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One committed change of one plan field: who, when, old and new value. Append-only. */
@Entity
@Table(name = "plan_change")
public class PlanChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "revision_id", nullable = false)
    private long revisionId;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private PlanField field;

    @Column(name = "old_value", columnDefinition = "mediumtext")
    private String oldValue;

    @Column(name = "new_value", columnDefinition = "mediumtext")
    private String newValue;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected PlanChange() {
    }

    PlanChange(long revisionId, long planId, PlanField field, String oldValue, String newValue, long authorId,
               Instant changedAt) {
        this.revisionId = revisionId;
        this.planId = planId;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.authorId = authorId;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public long getRevisionId() {
        return revisionId;
    }

    public PlanField getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public long getAuthorId() {
        return authorId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
