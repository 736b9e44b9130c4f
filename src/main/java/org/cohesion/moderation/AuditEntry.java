package org.cohesion.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One entry of the append-only audit log: who did what to which target, why, when (UTC). No setters, no version,
 * {@link Immutable} for Hibernate, and its repository has no update or delete: nothing in the app can change one.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", nullable = false, updatable = false)
    private String actorName;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false)
    private AuditAction action;

    @Column(name = "target_type", nullable = false, updatable = false)
    private String targetType;

    @Column(name = "target_id", updatable = false)
    private Long targetId;

    @Column(name = "target_label", nullable = false, updatable = false)
    private String targetLabel;

    @Column(name = "community_id", updatable = false)
    private Long communityId;

    @Column(updatable = false)
    private String reason;

    @Column(updatable = false)
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(Instant createdAt, Long actorId, String actorName, AuditAction action, String targetType,
               Long targetId, String targetLabel, Long communityId, String reason, String detail) {
        this.createdAt = createdAt;
        this.actorId = actorId;
        this.actorName = ModerationItem.cut(actorName == null ? "" : actorName, 200);
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.targetLabel = ModerationItem.cut(targetLabel == null ? "" : targetLabel, 300);
        this.communityId = communityId;
        this.reason = reason == null ? null : ModerationItem.cut(reason, 1000);
        this.detail = detail == null ? null : ModerationItem.cut(detail, 1000);
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public Long getTargetId() {
        return targetId;
    }

    public String getTargetLabel() {
        return targetLabel;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public String getReason() {
        return reason;
    }

    public String getDetail() {
        return detail;
    }
}
