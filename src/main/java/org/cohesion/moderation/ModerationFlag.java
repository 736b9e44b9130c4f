package org.cohesion.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cohesion.base.AbstractEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One member's flag on a queue item; one per person and item (unique key). */
@Entity
@Table(name = "moderation_flag")
public class ModerationFlag extends AbstractEntity {

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "flagger_id", nullable = false)
    private long flaggerId;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private FlagReason reason;

    @Column(name = "reason_text")
    private String reasonText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ModerationFlag() {
    }

    ModerationFlag(long itemId, long flaggerId, FlagReason reason, String reasonText, Instant createdAt) {
        this.itemId = itemId;
        this.flaggerId = flaggerId;
        this.reason = reason;
        this.reasonText = reasonText;
        this.createdAt = createdAt;
    }

    public long getItemId() {
        return itemId;
    }

    public long getFlaggerId() {
        return flaggerId;
    }

    public FlagReason getReason() {
        return reason;
    }

    public String getReasonText() {
        return reasonText;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
