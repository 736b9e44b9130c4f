package org.cohesion.trace;

import java.time.Instant;

/**
 * One thing that became of a piece of input, said by {@link OutcomeKind#messageKey()}.
 *
 * @param at when it happened; null for a state that holds now (replies so far, the plan's phase now)
 * @param number and {@code of}: the message's numbers ({0}, {1}), null when it has none
 * @param text the message's text ({2}): a reason or a title as typed (plain text), or a message key
 * @param link where to read more, relative to the app root; null for none
 */
public record Outcome(OutcomeKind kind, Instant at, Integer number, Integer of, String text, String link) {

    /** An outcome with a text and a link only. */
    public static Outcome of(OutcomeKind kind, Instant at, String text, String link) {
        return new Outcome(kind, at, null, null, text, link);
    }

    /** An outcome with a number only. */
    public static Outcome counted(OutcomeKind kind, Instant at, int number, String link) {
        return new Outcome(kind, at, number, null, null, link);
    }
}
