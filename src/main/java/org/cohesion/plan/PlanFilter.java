package org.cohesion.plan;

/** What the plan list is narrowed to; null parts do not narrow. */
public record PlanFilter(Long communityId, PlanKind kind, PlanPhase phase, String text) {

    public static PlanFilter none() {
        return new PlanFilter(null, null, null, "");
    }
}
