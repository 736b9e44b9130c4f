package org.cohesion.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cohesion.base.AbstractEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The thread of one subject of a plan; the general thread has subject id 0. */
@Entity
@Table(name = "thread")
public class DiscussionThread extends AbstractEntity {

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "subject_type", nullable = false)
    private SubjectType subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DiscussionThread() {
    }

    DiscussionThread(long planId, SubjectType subjectType, long subjectId, Instant createdAt) {
        this.planId = planId;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.createdAt = createdAt;
    }

    public long getPlanId() {
        return planId;
    }

    public SubjectType getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
