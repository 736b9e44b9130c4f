package org.cohesion.session.poll;

/**
 * How a poll is answered: one option ({@link #SINGLE}), one or more options ({@link #MULTIPLE}), or a number of
 * dots spread over the options, several on one option if one likes ({@link #DOTS}).
 */
public enum PollKind {
    SINGLE,
    MULTIPLE,
    DOTS;

    /** The message key of the kind's translated name. */
    public String labelKey() {
        return "poll.kind." + name().toLowerCase();
    }
}
