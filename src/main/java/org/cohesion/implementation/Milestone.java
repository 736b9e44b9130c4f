package org.cohesion.implementation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.cohesion.base.AbstractEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A milestone of a plan's works: target and actual date, progress in percent, status. */
@Entity
@Table(name = "implementation_milestone")
public class Milestone extends AbstractEntity {

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(nullable = false)
    private String title;

    @Column(name = "target_date", nullable = false)
    private LocalDate targetDate;

    @Column(name = "actual_date")
    private LocalDate actualDate;

    @Column(nullable = false)
    private int progress;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private MilestoneStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Milestone() {
    }

    public Milestone(long planId, Instant now) {
        this.planId = planId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Takes over a checked draft. */
    public void apply(MilestoneDraft d, Instant now) {
        this.title = d.title();
        this.targetDate = d.targetDate();
        this.actualDate = d.actualDate();
        this.progress = d.progress();
        this.status = d.status();
        this.updatedAt = now;
    }

    public long getPlanId() {
        return planId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public LocalDate getActualDate() {
        return actualDate;
    }

    public int getProgress() {
        return progress;
    }

    public MilestoneStatus getStatus() {
        return status;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
