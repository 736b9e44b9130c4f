package org.cohesion.decision;

import org.cohesion.base.ValidationException;
import org.cohesion.decision.internal.DecisionRepository;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.PlanPhaseGate;
import org.springframework.stereotype.Component;

/**
 * A plan leaves DECISION for a later phase only with a recorded decision; nor does it jump from an earlier phase
 * to IMPLEMENTATION or EVALUATION without one. Closing a plan that never reached DECISION (withdrawing it) needs
 * none.
 */
@Component
class DecisionGate implements PlanPhaseGate {

    private final DecisionRepository decisions;

    DecisionGate(DecisionRepository decisions) {
        this.decisions = decisions;
    }

    /** Whether moving from {@code from} to {@code to} needs a recorded decision. */
    static boolean needsDecision(PlanPhase from, PlanPhase to) {
        if (from.isAfter(PlanPhase.DECISION) || !to.isAfter(PlanPhase.DECISION)) {
            return false;
        }
        return from == PlanPhase.DECISION || to != PlanPhase.CLOSED;
    }

    @Override
    public void check(long planId, PlanPhase from, PlanPhase to) {
        if (needsDecision(from, to) && !decisions.existsByPlanId(planId)) {
            throw ValidationException.of("to", "decision.error.required");
        }
    }
}
