package org.cohesion.moderation;

import java.time.Instant;

/** Which audit entries to show: null means any; {@code from} inclusive, {@code to} exclusive (UTC). */
public record AuditFilter(AuditAction action, Long communityId, Instant from, Instant to, String text) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null);
    }
}
