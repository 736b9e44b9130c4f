package org.cohesion.moderation;

import java.util.UUID;
import org.cohesion.discussion.DiscussionService;
import org.cohesion.discussion.DiscussionTestSupport;
import org.cohesion.discussion.SubjectType;
import org.cohesion.people.CommunityService;
import org.cohesion.plan.PlanKind;
import org.cohesion.plan.PlanService;
import org.cohesion.ratelimit.RateLimits;
import org.cohesion.security.CohesionUser;
import org.springframework.context.ApplicationContext;

/** Sign-in, fresh plans and comments for moderation tests. */
final class ModerationTestSupport {

    private ModerationTestSupport() {
    }

    static CohesionUser login(ApplicationContext context, String username) {
        return DiscussionTestSupport.login(context, username);
    }

    /** A new plan in the named community (the planner, who belongs to all demo communities, creates it). */
    static long newPlan(ApplicationContext context, String communityEn) {
        login(context, "planner");
        long community = context.getBean(CommunityService.class).myCommunities().stream()
                .filter(c -> communityEn.equals(c.name().en())).findFirst().orElseThrow().communityId();
        long planId = context.getBean(PlanService.class).create(community, "Moderation test " + UUID.randomUUID(),
                PlanKind.POCKET_PARK);
        // contributions are open in consultation only
        org.cohesion.plan.PhaseFixture.moveTo(planId, org.cohesion.plan.PlanPhase.CONSULTATION);
        return planId;
    }

    /** A comment in the plan's general thread, posted by the given person. */
    static long comment(ApplicationContext context, long planId, String author, String text) {
        context.getBean(RateLimits.class).reset();
        login(context, author);
        DiscussionService discussion = context.getBean(DiscussionService.class);
        long thread = discussion.threadFor(planId, SubjectType.GENERAL, null).id();
        return discussion.post(thread, null, text).id();
    }
}
