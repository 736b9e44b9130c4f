package org.cohesion.synthesis.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cohesion.base.AbstractEntity;

/** The plan's one summary draft; its lines are always read and written together. */
@Entity(name = "SummaryDraft")
@Table(name = "summary_draft")
public class SummaryDraftEntity extends AbstractEntity {

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    @ElementCollection
    @CollectionTable(name = "summary_draft_line", joinColumns = @JoinColumn(name = "draft_id"))
    @OrderColumn(name = "line_no")
    private List<DraftLineData> lines = new ArrayList<>();

    protected SummaryDraftEntity() {
    }

    public SummaryDraftEntity(long planId, long userId, Instant now) {
        this.planId = planId;
        this.updatedBy = userId;
        this.updatedAt = now;
    }

    /** Replaces the lines. */
    public void replace(List<DraftLineData> newLines, long userId, Instant now) {
        lines.clear();
        lines.addAll(newLines);
        updatedBy = userId;
        updatedAt = now;
    }

    public long getPlanId() {
        return planId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getUpdatedBy() {
        return updatedBy;
    }

    public List<DraftLineData> getLines() {
        return List.copyOf(lines);
    }
}
