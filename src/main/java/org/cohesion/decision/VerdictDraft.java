package org.cohesion.decision;

/** What a planner says about one annotation in the decision: accepted or declined, and why. */
public record VerdictDraft(long annotationId, boolean accepted, String reason) {
}
