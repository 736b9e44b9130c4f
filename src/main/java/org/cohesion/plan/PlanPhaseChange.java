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

/** One move of a plan from one phase to another, with the planner's note. Append-only. */
@Entity
@Table(name = "plan_phase_change")
public class PlanPhaseChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "from_phase", nullable = false)
    private PlanPhase fromPhase;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "to_phase", nullable = false)
    private PlanPhase toPhase;

    @Column(nullable = false)
    private String note;

    @Column(name = "changed_by", nullable = false)
    private long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected PlanPhaseChange() {
    }

    PlanPhaseChange(long planId, PlanPhase fromPhase, PlanPhase toPhase, String note, long changedBy,
                    Instant changedAt) {
        this.planId = planId;
        this.fromPhase = fromPhase;
        this.toPhase = toPhase;
        this.note = note;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public PlanPhase getFromPhase() {
        return fromPhase;
    }

    public PlanPhase getToPhase() {
        return toPhase;
    }

    public String getNote() {
        return note;
    }

    public long getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
