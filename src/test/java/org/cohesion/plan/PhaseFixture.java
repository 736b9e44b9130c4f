package org.cohesion.plan;

import java.util.List;
import org.cohesion.decision.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Test fixture: moves plans between phases as the signed-in planner (with a note), for tests whose plans must be
 * in a given phase (annotations and comments are taken in CONSULTATION only). Where the move needs a decision
 * record, the plan passes DECISION and a decision is recorded on the way. A bean of the one test context, so static
 * helpers can reach the services.
 */
@Component
public class PhaseFixture {

    private static PlanPhaseService phases;
    private static DecisionService decisions;

    PhaseFixture(PlanPhaseService phaseService, DecisionService decisionService) {
        phases = phaseService;
        decisions = decisionService;
    }

    /** Moves the plan from its current phase to {@code to}. */
    public static PhaseMove moveTo(long planId, PlanPhase to) {
        PlanPhase from = current(planId);
        if (needsDecision(from, to) && from != PlanPhase.DECISION) {
            phases.move(planId, from, PlanPhase.DECISION, "Test: to DECISION");
            from = PlanPhase.DECISION;
        }
        if (needsDecision(from, to) && decisions.decision(planId).isEmpty()) {
            recordDecision(planId);
        }
        return phases.move(planId, from, to, "Test: to " + to);
    }

    /** Records a short decision for a plan in DECISION. */
    public static void recordDecision(long planId) {
        decisions.record(planId, null, "Test decision: build it as proposed.", List.of(), List.of());
    }

    /** The plan's current phase, from its recorded moves. */
    public static PlanPhase current(long planId) {
        return phases.moves(planId).stream().reduce((a, b) -> b).map(PhaseMove::to).orElse(PlanPhase.PROPOSAL);
    }

    /** The decision rule as the tests expect it: leaving DECISION forward, or jumping past it to implementation. */
    public static boolean needsDecision(PlanPhase from, PlanPhase to) {
        return !from.isAfter(PlanPhase.DECISION) && to.isAfter(PlanPhase.DECISION)
                && (from == PlanPhase.DECISION || to != PlanPhase.CLOSED);
    }
}
