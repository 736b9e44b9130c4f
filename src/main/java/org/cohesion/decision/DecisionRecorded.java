package org.cohesion.decision;

/**
 * Published (as a Spring application event) after a plan's decision was recorded ({@code first}) or revised and
 * committed.
 */
public record DecisionRecorded(long planId, boolean first, long actorId) {
}
