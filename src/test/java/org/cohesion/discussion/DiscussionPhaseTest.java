package org.cohesion.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cohesion.KaribuTest;
import org.cohesion.base.Message;
import org.cohesion.base.ValidationException;
import org.cohesion.discussion.internal.CommentRateLimiter;
import org.cohesion.plan.PhaseFixture;
import org.cohesion.plan.PlanPhase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Threads are open to everyone in consultation; in later phases only planners answer; closed is read-only. */
class DiscussionPhaseTest extends KaribuTest {

    long planId;
    long threadId;
    DiscussionService discussion;

    @BeforeEach
    void planInConsultation() {
        context.getBean(CommentRateLimiter.class).reset();
        discussion = context.getBean(DiscussionService.class);
        login("planner");
        planId = DiscussionTestSupport.newChanghongPlan(context);
        threadId = discussion.threadFor(planId, SubjectType.GENERAL, null).id();
    }

    @AfterEach
    void reset() {
        context.getBean(CommentRateLimiter.class).reset();
    }

    @Test
    void residentsCommentInConsultationOnlyPlannersStillAnswerLater() {
        login("sarah");
        CommentView question = discussion.post(threadId, null, "Will there be shade?");
        login("planner");
        CommentView answer = discussion.post(threadId, question.id(), "Yes.");
        PhaseFixture.moveTo(planId, PlanPhase.DECISION);
        login("sarah");
        assertThat(discussion.thread(threadId).canPost()).isFalse();
        assertRefused(() -> discussion.post(threadId, null, "Too late?"), "discussion.phase");
        assertRefused(() -> discussion.support(answer.id()), "discussion.phase");
        login("planner");
        assertThat(discussion.thread(threadId).canPost()).isTrue();
        discussion.post(threadId, question.id(), "The decision keeps the shade sails.");
        PhaseFixture.moveTo(planId, PlanPhase.CLOSED);
        assertThat(discussion.thread(threadId).canPost()).isFalse();
        assertRefused(() -> discussion.post(threadId, null, "After closing"), "discussion.closed");
        assertThat(discussion.count(threadId)).isEqualTo(3);
    }

    @Test
    void aProposalTakesNoCommentsFromResidentsYet() {
        login("planner");
        PhaseFixture.moveTo(planId, PlanPhase.PROPOSAL);
        login("wangfang");
        assertRefused(() -> discussion.post(threadId, null, "Early"), "discussion.phase");
    }

    private static void assertRefused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsEntry(DiscussionService.BODY, new Message(key)));
    }
}
