package org.cohesion.moderation;

/**
 * Filter of the moderation queue. An item may be in two: one hidden automatically after flags is both
 * {@link #PENDING} (no moderator has reviewed it) and {@link #HIDDEN}.
 */
public enum QueueStatus {
    /** Not yet reviewed by a moderator: flagged, or awaiting approval under pre-moderation. */
    PENDING,
    /** Currently hidden (by a moderator or automatically). */
    HIDDEN,
    /** A moderator decided: restored, approved, hidden with a reason or marked reviewed. */
    REVIEWED;

    public String labelKey() {
        return "moderation.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
