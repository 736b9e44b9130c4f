package org.cohesion.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.cohesion.KaribuTest;
import org.cohesion.decision.DecisionService;
import org.cohesion.evaluation.RatingService;
import org.cohesion.implementation.ImplementationService;
import org.cohesion.plan.PlanFilter;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.PlanService;
import org.cohesion.plan.PlanSummary;
import org.cohesion.trace.OutcomeKind;
import org.cohesion.trace.TraceFixture;
import org.cohesion.trace.TraceService;
import org.junit.jupiter.api.Test;

/** The demo data holds a plan in each phase, with the decision, implementation and ratings that belong there. */
class DemoPhasesTest extends KaribuTest {

    @Test
    void onePlanInEachPhase() {
        login("planner");
        PlanService plans = context.getBean(PlanService.class);
        for (PlanPhase phase : PlanPhase.values()) {
            assertThat(plans.count(new PlanFilter(null, null, phase, null))).as(phase.name()).isPositive();
        }
        PlanSummary pocketPark = demo(plans, "Changhong Pocket Park");
        assertThat(pocketPark.phase()).isEqualTo(PlanPhase.CONSULTATION);
        PlanSummary courtyard = demo(plans, "Huashan Garden courtyard");
        assertThat(courtyard.phase()).isEqualTo(PlanPhase.DECISION);
        assertThat(context.getBean(DecisionService.class).decision(courtyard.id()).orElseThrow().polls())
                .as("the residents' council's decision poll").singleElement()
                .satisfies(p -> assertThat(p.decides()).isTrue(), p -> assertThat(p.ballots()).isPositive());
        PlanSummary shopfronts = demo(plans, "Huashan Road shopfronts");
        assertThat(shopfronts.phase()).isEqualTo(PlanPhase.IMPLEMENTATION);
        assertThat(context.getBean(ImplementationService.class).milestones(shopfronts.id())).hasSize(3);
        assertThat(context.getBean(ImplementationService.class).countUpdates(shopfronts.id())).isEqualTo(2);
        PlanSummary trail = demo(plans, "Changhong fitness trail");
        assertThat(trail.phase()).isEqualTo(PlanPhase.EVALUATION);
        assertThat(context.getBean(RatingService.class).summary(trail.id()).count()).isEqualTo(3);
        login("wangfang");
        assertThat(TraceFixture.allInputs(context.getBean(TraceService.class)))
                .as("her vote in the fitness trail's council informed its decision")
                .anySatisfy(i -> assertThat(i.has(OutcomeKind.INFORMED_DECISION)).isTrue());
        login("planner");
        PlanSummary lane = demo(plans, "Yuyuan Road lane");
        assertThat(lane.phase()).isEqualTo(PlanPhase.CLOSED);
        assertThat(context.getBean(DecisionService.class).decision(lane.id())).isPresent();
    }

    private static PlanSummary demo(PlanService plans, String text) {
        return plans.search(new PlanFilter(null, null, null, text), 0, 5).get(0);
    }
}
