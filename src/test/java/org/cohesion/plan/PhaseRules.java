package org.cohesion.plan;

import org.springframework.context.ApplicationContext;

/** What the phase tests expect of the gates other features set (the decision record). */
final class PhaseRules {

    private PhaseRules() {
    }

    /** Whether a move needs a recorded decision first (none yet: the decision record comes with its feature). */
    static boolean needsDecision(PlanPhase from, PlanPhase to) {
        return false;
    }

    /** Records a decision for the plan (as the signed-in planner). */
    static void recordDecision(ApplicationContext context, long planId) {
    }
}
