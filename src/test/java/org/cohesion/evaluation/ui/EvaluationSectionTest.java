package org.cohesion.evaluation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.cohesion.KaribuTest;
import org.cohesion.evaluation.RatingService;
import org.cohesion.people.CommunityService;
import org.cohesion.plan.DrawingTestSupport;
import org.cohesion.plan.PhaseFixture;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.PlanService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The evaluation section: rate 1–5 with a comment, see the distribution as bars and a table. */
class EvaluationSectionTest extends KaribuTest {

    long planId;

    @BeforeEach
    void plan() {
        login("planner");
        planId = DrawingTestSupport.newPlan(context.getBean(PlanService.class),
                context.getBean(CommunityService.class), DrawingTestSupport.CHANGHONG);
    }

    @Test
    void hiddenBeforeEvaluation() {
        UI.getCurrent().navigate("plans/" + planId);
        assertThat(_find(EvaluationSection.class)).isEmpty();
    }

    @Test
    void aResidentRatesAndSeesTheDistribution() {
        PhaseFixture.moveTo(planId, PlanPhase.EVALUATION);
        context.getBean(RatingService.class).rate(planId, 5, "Lovely");
        login("wangfang");
        UI.getCurrent().navigate("plans/" + planId);
        EvaluationSection section = _get(EvaluationSection.class);
        assertThat(section.average.getText()).isEqualTo("Average 5.0 of 5 stars (1 ratings)");
        _click(section.save);
        assertThat(section.stars.isInvalid()).isTrue();
        _setValue(section.stars, 3);
        _setValue(section.comment, "Needs <b>more</b> benches");
        _click(section.save);
        assertThat(section.average.getText()).isEqualTo("Average 4.0 of 5 stars (2 ratings)");
        String table = section.distribution.getElement().getChild(0).getChild(1).getOuterHTML();
        assertThat(table).contains("<caption>Ratings by number of stars</caption>").contains("50 %");
        assertThat(section.distribution.getElement().getChild(0).getChild(0).getAttribute("aria-hidden"))
                .isEqualTo("true");
        _setValue(section.stars, 4);
        _click(section.save);
        assertThat(section.average.getText()).isEqualTo("Average 4.5 of 5 stars (2 ratings)");
    }

    @Test
    void closedPlansShowTheRatingsWithoutTheForm() {
        PhaseFixture.moveTo(planId, PlanPhase.EVALUATION);
        context.getBean(RatingService.class).rate(planId, 4, null);
        PhaseFixture.moveTo(planId, PlanPhase.CLOSED);
        login("sarah");
        UI.getCurrent().navigate("plans/" + planId);
        EvaluationSection section = _get(EvaluationSection.class);
        assertThat(section.form.isVisible()).isFalse();
        assertThat(section.average.getText()).contains("4.0");
    }
}
