package org.cohesion.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cohesion.KaribuTest;
import org.cohesion.base.Message;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.ValidationException;
import org.cohesion.people.CommunityService;
import org.cohesion.plan.DrawingTestSupport;
import org.cohesion.plan.OutsidePlanner;
import org.cohesion.plan.PhaseFixture;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.PlanService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ratings: 1–5, one per member (changeable), only in EVALUATION, distribution and comments. */
class RatingServiceTest extends KaribuTest {

    RatingService ratings;
    long planId;

    @BeforeEach
    void plan() {
        ratings = context.getBean(RatingService.class);
        login("planner");
        planId = DrawingTestSupport.newPlan(context.getBean(PlanService.class),
                context.getBean(CommunityService.class), DrawingTestSupport.CHANGHONG);
    }

    @Test
    void ratingBeforeEvaluationIsRefusedWithAClearMessage() {
        login("wangfang");
        assertRefused(() -> ratings.rate(planId, 5, null), "plan", "evaluation.error.phase");
        login("planner");
        PhaseFixture.moveTo(planId, PlanPhase.IMPLEMENTATION);
        login("wangfang");
        assertRefused(() -> ratings.rate(planId, 5, null), "plan", "evaluation.error.phase");
        login("planner");
        PhaseFixture.moveTo(planId, PlanPhase.EVALUATION);
        login("wangfang");
        ratings.rate(planId, 5, null);
        login("planner");
        PhaseFixture.moveTo(planId, PlanPhase.CLOSED);
        login("wangfang");
        assertRefused(() -> ratings.rate(planId, 4, null), "plan", "evaluation.error.phase");
        assertThat(ratings.summary(planId).count()).isEqualTo(1);
    }

    @Test
    void membersRateOnceAndMayChangeTheirRating() {
        PhaseFixture.moveTo(planId, PlanPhase.EVALUATION);
        login("wangfang");
        RatingView first = ratings.rate(planId, 2, "  Too little shade  ");
        assertThat(first.comment()).isEqualTo("Too little shade");
        RatingView changed = ratings.rate(planId, 4, "Better after the trees grew");
        assertThat(changed.id()).isEqualTo(first.id());
        login("sarah");
        ratings.rate(planId, 5, " ");
        login("planner");
        ratings.rate(planId, 4, "Well used");
        RatingSummary summary = ratings.summary(planId);
        assertThat(summary.count()).isEqualTo(3);
        assertThat(summary.byStars()).containsExactly(0, 0, 0, 2, 1);
        assertThat(summary.average()).isEqualTo(13 / 3.0);
        assertThat(summary.percent(4)).isEqualTo(200 / 3.0);
        assertThat(ratings.countComments(planId)).isEqualTo(2);
        assertThat(ratings.comments(planId, 0, 10)).extracting(RatingView::comment)
                .containsExactly("Well used", "Better after the trees grew");
        assertThat(ratings.comments(planId, 1, 1)).extracting(RatingView::comment)
                .containsExactly("Better after the trees grew");
        login("wangfang");
        assertThat(ratings.myRating(planId).orElseThrow().stars()).isEqualTo(4);
    }

    @Test
    void starsOutsideOneToFiveAndLongCommentsAreRefused() {
        PhaseFixture.moveTo(planId, PlanPhase.EVALUATION);
        login("sarah");
        for (Integer bad : new Integer[] {null, 0, 6, -3}) {
            assertRefused(() -> ratings.rate(planId, bad, "x"), "stars", "evaluation.error.stars");
        }
        assertRefused(() -> ratings.rate(planId, 3, "x".repeat(2_001)), "comment", "validation.too-long");
        assertThat(ratings.summary(planId).count()).isZero();
        assertThat(ratings.myRating(planId)).isEmpty();
        ratings.rate(planId, 1, "x".repeat(2_000));
        ratings.rate(planId, 5, null);
        assertThat(ratings.summary(planId).byStars()).containsExactly(0, 0, 0, 0, 1);
    }

    @Test
    void nonMembersCannotRateNorSeeRatings() {
        PhaseFixture.moveTo(planId, PlanPhase.EVALUATION);
        login("liming");
        assertThatThrownBy(() -> ratings.rate(planId, 5, null)).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> ratings.summary(planId)).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> ratings.comments(planId, 0, 5)).isInstanceOf(ObjectNotFoundException.class);
        login(OutsidePlanner.ensure(context));
        assertThatThrownBy(() -> ratings.rate(planId, 5, null)).isInstanceOf(ObjectNotFoundException.class);
    }

    private static void assertRefused(Runnable call, String field, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors().get(field)).extracting(Message::key).isEqualTo(key));
    }
}
