package org.cohesion.moderation;

/**
 * Who sees a contribution, stored in the content feature's own table (column {@code moderation}). Lists, counts
 * and summaries show only {@link #VISIBLE} ones; authors see their own hidden or awaiting ones, marked.
 */
public enum Visibility {
    /** Everyone who may see the plan sees it. */
    VISIBLE,
    /** Hidden by a moderator (with a reason shown to the author) or automatically after enough flags. */
    HIDDEN,
    /** Pre-moderation is on for its plan: waits for a moderator's approval; only its author sees it. */
    AWAITING_REVIEW,
    /** Its author is blocked; visible again when they are unblocked. */
    BLOCKED
}
