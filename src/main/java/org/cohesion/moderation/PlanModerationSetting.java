package org.cohesion.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Whether a plan's new contributions wait for approval (pre-moderation). */
@Entity
@Table(name = "moderation_plan_setting")
public class PlanModerationSetting {

    @Id
    @Column(name = "plan_id")
    private Long planId;

    @Version
    private long version;

    @Column(name = "pre_moderation", nullable = false)
    private boolean preModeration;

    @Column(name = "changed_by", nullable = false)
    private long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected PlanModerationSetting() {
    }

    PlanModerationSetting(long planId) {
        this.planId = planId;
    }

    void change(boolean on, long by, Instant at) {
        this.preModeration = on;
        this.changedBy = by;
        this.changedAt = at;
    }

    public long getPlanId() {
        return planId;
    }

    public boolean isPreModeration() {
        return preModeration;
    }
}
