package org.cohesion.session.poll;

/** A poll's life: prepared by the host ({@link #DRAFT}), taking votes ({@link #OPEN}), done ({@link #CLOSED}). */
public enum PollStatus {
    DRAFT,
    OPEN,
    CLOSED;

    /** The message key of the status's translated name. */
    public String labelKey() {
        return "poll.status." + name().toLowerCase();
    }
}
