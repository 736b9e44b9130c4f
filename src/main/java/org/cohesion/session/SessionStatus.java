package org.cohesion.session;

/** Where a live session stands: scheduled, running (guests may join) or ended (its record stays). */
public enum SessionStatus {
    SCHEDULED,
    LIVE,
    ENDED;

    /** The message key of the status's translated name. */
    public String labelKey() {
        return "session.status." + name().toLowerCase();
    }
}
