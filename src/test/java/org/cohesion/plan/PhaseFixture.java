package org.cohesion.plan;

import org.springframework.stereotype.Component;

/**
 * Test fixture: moves plans between phases as the signed-in planner (with a note), for tests whose plans must be
 * in a given phase (annotations and comments are taken in CONSULTATION only). A bean of the one test context, so
 * static helpers can reach the service.
 */
@Component
public class PhaseFixture {

    private static PlanPhaseService phases;

    PhaseFixture(PlanPhaseService service) {
        phases = service;
    }

    /** Moves the plan from its current phase to {@code to}. */
    public static PhaseMove moveTo(long planId, PlanPhase to) {
        PlanPhase from = phases.moves(planId).stream().reduce((a, b) -> b).map(PhaseMove::to)
                .orElse(PlanPhase.PROPOSAL);
        return phases.move(planId, from, to, "Test: to " + to);
    }
}
