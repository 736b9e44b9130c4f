package org.cohesion.decision;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cohesion.base.AbstractEntity;

/**
 * The decision record of a plan: what was decided, the polls that informed it and the annotations it accepted or
 * declined, each with its reason. One per plan, recorded and revised by its planners while the plan is in DECISION.
 */
@Entity
@Table(name = "plan_decision")
public class Decision extends AbstractEntity {

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(nullable = false, columnDefinition = "mediumtext")
    private String body;

    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_decision_poll", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "poll_id")
    private Set<Long> pollIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_decision_annotation", joinColumns = @JoinColumn(name = "decision_id"))
    private Set<AnnotationVerdict> verdicts = new HashSet<>();

    protected Decision() {
    }

    public Decision(long planId, long recordedBy, Instant now) {
        this.planId = planId;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
        this.updatedAt = now;
    }

    /** Replaces what the record says (the recorder of the latest version is kept as who recorded it). */
    public void revise(String body, Set<Long> pollIds, List<AnnotationVerdict> verdicts, long by, Instant now) {
        this.body = body;
        this.pollIds.clear();
        this.pollIds.addAll(pollIds);
        this.verdicts.clear();
        this.verdicts.addAll(verdicts);
        this.recordedBy = by;
        this.updatedAt = now;
    }

    public long getPlanId() {
        return planId;
    }

    public String getBody() {
        return body;
    }

    public long getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<Long> getPollIds() {
        return Set.copyOf(pollIds);
    }

    public Set<AnnotationVerdict> getVerdicts() {
        return Set.copyOf(verdicts);
    }
}
