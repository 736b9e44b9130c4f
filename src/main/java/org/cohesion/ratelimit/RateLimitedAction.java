package org.cohesion.ratelimit;

/** What a person creates that is rate limited, each with a bucket of its own per person. */
public enum RateLimitedAction {
    /** Comments and replies in threads. */
    COMMENT,
    /** Pins, areas and remarks. */
    ANNOTATION,
    /** Flags raised for moderators. */
    FLAG
}
