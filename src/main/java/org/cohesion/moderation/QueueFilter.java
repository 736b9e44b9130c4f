package org.cohesion.moderation;

/** Which items of the moderation queue to show; null means any. */
public record QueueFilter(QueueStatus status, Long communityId, Long planId, FlagReason reason) {

    /** Everything the moderator may see. */
    public static QueueFilter all() {
        return new QueueFilter(null, null, null, null);
    }
}
