package org.cohesion.plan;

/** A plan's title and phase now, as lists of other things (a person's trace) name it. */
public record PlanHeadline(long id, String title, PlanPhase phase) {
}
