package org.cohesion.plan;

import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.cohesion.decision.DecisionService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Test fixture: moves plans between phases as the signed-in planner (with a note), for tests whose plans must be
 * in a given phase (annotations and comments are taken in CONSULTATION only). Where the move needs a decision
 * record, the plan passes DECISION and a decision is recorded on the way. A bean of the one test context, so static
 * helpers can reach the services.
 */
@Component
public class PhaseFixture {

    /**
     * One per application context that made one (a browser test may start a second application in the same JVM
     * and close it again): the helpers use the newest whose context is still running.
     */
    private static final Deque<PhaseFixture> FIXTURES = new ConcurrentLinkedDeque<>();

    private final PlanPhaseService phaseService;
    private final DecisionService decisionService;
    private final ConfigurableApplicationContext context;

    PhaseFixture(PlanPhaseService phaseService, DecisionService decisionService,
                 ConfigurableApplicationContext context) {
        this.phaseService = phaseService;
        this.decisionService = decisionService;
        this.context = context;
        FIXTURES.addFirst(this);
    }

    private static PhaseFixture live() {
        return FIXTURES.stream().filter(f -> f.context.isActive()).findFirst()
                .orElseThrow(() -> new IllegalStateException("No running application context"));
    }

    /** Moves the plan from its current phase to {@code to}. */
    public static PhaseMove moveTo(long planId, PlanPhase to) {
        PlanPhaseService phases = live().phaseService;
        DecisionService decisions = live().decisionService;
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
        live().decisionService.record(planId, null, "Test decision: build it as proposed.", List.of(), List.of());
    }

    /** The plan's current phase, from its recorded moves. */
    public static PlanPhase current(long planId) {
        return live().phaseService.moves(planId).stream().reduce((a, b) -> b).map(PhaseMove::to).orElse(PlanPhase.PROPOSAL);
    }

    /** The decision rule as the tests expect it: leaving DECISION forward, or jumping past it to implementation. */
    public static boolean needsDecision(PlanPhase from, PlanPhase to) {
        return !from.isAfter(PlanPhase.DECISION) && to.isAfter(PlanPhase.DECISION)
                && (from == PlanPhase.DECISION || to != PlanPhase.CLOSED);
    }
}
