package org.cohesion.plan;

/**
 * Published (as a Spring application event) after a plan's move to another phase was committed, in the
 * request of the planner who moved it.
 */
public record PlanPhaseChanged(long planId, long communityId, PlanPhase from, PlanPhase to, String note,
                               long byUserId) {
}
