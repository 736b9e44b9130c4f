package org.cohesion.plan;

/**
 * A condition another feature sets on moving a plan between phases (such as "a decision is recorded before the
 * plan leaves DECISION"). Implementations are Spring beans, so the plan feature never depends on them; they run
 * inside the move's transaction, after the planner's rights were checked.
 */
public interface PlanPhaseGate {

    /** Throws {@link org.cohesion.base.ValidationException} (field {@code "to"}) when the move must not happen. */
    void check(long planId, PlanPhase from, PlanPhase to);
}
