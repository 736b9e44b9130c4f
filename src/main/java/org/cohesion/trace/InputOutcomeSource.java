package org.cohesion.trace;

import java.util.List;
import java.util.Map;

/**
 * Outcomes a feature knows of input held by other features: a decision that accepted an annotation, a summary
 * that cited a comment, a milestone of the plan a proposal became. Implementations count only what everyone
 * may see (never hidden content of others).
 */
public interface InputOutcomeSource {

    /** Outcomes for some of the given inputs (of one person, one page), by input. */
    Map<InputRef, List<Outcome>> outcomesOf(List<TracedInput> inputs);
}
