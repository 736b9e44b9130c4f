package org.cohesion.demo;

import java.util.List;
import org.cohesion.discussion.CommentView;
import org.cohesion.discussion.DiscussionService;
import org.cohesion.discussion.SubjectType;
import org.cohesion.discussion.ThreadInfo;
import org.cohesion.discussion.internal.CommentRateLimiter;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.internal.PlanRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;

/**
 * Seeds a short general discussion on the Changhong pocket park plan through the real discussion service, each
 * comment signed in as its author. Runs once the demo people and plans exist (after the application runners);
 * skips a thread that has comments already.
 */
@Component
@ConditionalOnProperty(name = "cohesion.demo-data.enabled", havingValue = "true")
class DemoDiscussionSeeder {

    static final String PLAN_TITLE = "长虹口袋公园更新 Changhong Pocket Park Renewal";
    private static final Logger log = LoggerFactory.getLogger(DemoDiscussionSeeder.class);

    private record DemoComment(String author, Integer replyTo, String body) {
    }

    private static final List<DemoComment> COMMENTS = List.of(
            new DemoComment("planner", null, """
                    欢迎大家就口袋公园更新发表意见！草案已上传，请看看现状平面图。
                    Welcome! The first draft and the site plan are up. Tell us what you would keep and what you would change."""),
            new DemoComment("wangfang", 0, "老人们希望在树荫下多放几张带靠背的长椅，早上练太极的地方也请保留。"),
            new DemoComment("sarah", 0, """
                    Could the play corner get some shade too? In summer the slide is too hot to touch by ten o'clock."""),
            new DemoComment("planner", 2, "好建议 Good point — we will look at shade sails or a second tree in the next revision."));

    private final DiscussionService discussion;
    private final PlanRepository plans;
    private final DemoSignIn signIn;
    private final CommentRateLimiter rateLimiter;

    DemoDiscussionSeeder(DiscussionService discussion, PlanRepository plans, DemoSignIn signIn,
                         CommentRateLimiter rateLimiter) {
        this.discussion = discussion;
        this.plans = plans;
        this.signIn = signIn;
        this.rateLimiter = rateLimiter;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedOnStart() {
        int seeded = seed();
        if (seeded > 0) {
            log.info("Seeded {} demo comments", seeded);
        }
    }

    int seed() {
        Long planId = plans.findAll().stream().filter(p -> PLAN_TITLE.equals(p.get(PlanField.TITLE)))
                .map(p -> p.getId()).findFirst().orElse(null);
        if (planId == null) {
            return 0;
        }
        SecurityContext previous = signIn.current();
        try {
            signIn.as("planner");
            ThreadInfo thread = discussion.threadFor(planId, SubjectType.GENERAL, null);
            if (discussion.count(thread.id()) > 0) {
                return 0;
            }
            List<Long> posted = new java.util.ArrayList<>();
            for (DemoComment c : COMMENTS) {
                signIn.as(c.author());
                Long parent = c.replyTo() == null ? null : posted.get(c.replyTo());
                CommentView comment = discussion.post(thread.id(), parent, c.body().strip());
                posted.add(comment.id());
            }
            signIn.as("wangfang");
            discussion.support(posted.get(2));
            signIn.as("sarah");
            discussion.support(posted.get(1));
            return posted.size();
        } finally {
            signIn.restore(previous);
            // the demo authors start with a full allowance
            rateLimiter.reset();
        }
    }

}
