package org.cohesion.trace;

import java.util.List;
import java.util.Set;

/**
 * What a feature reports of the input people give it (proposals, annotations, comments, votes, ratings), as Spring
 * beans the trace collects so it never depends on them. Implementations read with narrow queries and report
 * their own outcomes (an annotation's status, a proposal's fate); outcomes other features know of come from
 * {@link InputOutcomeSource}s.
 */
public interface InputTraceSource {

    /**
     * The person's inputs strictly older than {@code before} (by time, then id), newest first, at most
     * {@code limit}. The person sees their own input even when hidden by moderation, marked as such.
     */
    List<TracedInput> inputsOf(long userId, TraceCursor.Bound before, int limit);

    /** Everyone who gave this source's kind of input on the plan (for "updates on plans I took part in"). */
    Set<Long> peopleWithInputOn(long planId);

    /** Those whose input the plan started from (a proposal's author and supporters); empty for most sources. */
    default Set<Long> originatorsOf(long planId) {
        return Set.of();
    }
}
