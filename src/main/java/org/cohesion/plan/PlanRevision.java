package org.cohesion.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cohesion.base.AbstractEntity;

/** Consecutive changes of one author within a minute, numbered per plan from 1. */
@Entity
@Table(name = "plan_revision")
public class PlanRevision extends AbstractEntity {

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(nullable = false)
    private int number;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at", nullable = false)
    private Instant endedAt;

    @Column(name = "restored_from")
    private Integer restoredFrom;

    protected PlanRevision() {
    }

    PlanRevision(long planId, int number, long authorId, Instant at, Integer restoredFrom) {
        this.planId = planId;
        this.number = number;
        this.authorId = authorId;
        this.startedAt = at;
        this.endedAt = at;
        this.restoredFrom = restoredFrom;
    }

    public long getPlanId() {
        return planId;
    }

    public int getNumber() {
        return number;
    }

    public long getAuthorId() {
        return authorId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    /** The revision this one restored, or null for ordinary edits. */
    public Integer getRestoredFrom() {
        return restoredFrom;
    }

    boolean absorbs(long author, Instant at, java.time.Duration window) {
        return restoredFrom == null && authorId == author && !at.isAfter(endedAt.plus(window));
    }

    void extendTo(Instant at) {
        if (at.isAfter(endedAt)) {
            endedAt = at;
        }
    }
}
