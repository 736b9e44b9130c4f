package org.cohesion.moderation;

import java.time.Instant;

/** An audit entry as the log shows it; all text is plain text. */
public record AuditRecord(long id, Instant createdAt, String actorName, AuditAction action, String targetType,
                          Long targetId, String targetLabel, Long communityId, String reason, String detail) {

    static AuditRecord of(AuditEntry e) {
        return new AuditRecord(e.getId(), e.getCreatedAt(), e.getActorName(), e.getAction(), e.getTargetType(),
                e.getTargetId(), e.getTargetLabel(), e.getCommunityId(), e.getReason(), e.getDetail());
    }
}
