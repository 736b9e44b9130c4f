package org.cohesion.demo;

import java.util.List;
import org.cohesion.discussion.DiscussionService;
import org.cohesion.discussion.SubjectType;
import org.cohesion.discussion.ThreadInfo;
import org.cohesion.moderation.ContentType;
import org.cohesion.moderation.FlagReason;
import org.cohesion.moderation.ModerationService;
import org.cohesion.moderation.internal.ModerationItemRepository;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.internal.PlanRepository;
import org.cohesion.ratelimit.RateLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;

/**
 * Seeds the moderation queue through the real services: on the Changhong pocket park's general discussion, a
 * comment with a neighbour's phone number that three residents and staff flag (hidden automatically, pending
 * review) and an off-topic one flagged once (pending). Seeds the discussion first (idempotent), so the order of
 * the seeders does not matter; skips when the queue has items already.
 */
@Component
@ConditionalOnProperty(name = "cohesion.demo-data.enabled", havingValue = "true")
class DemoModerationSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoModerationSeeder.class);

    private final DiscussionService discussion;
    private final ModerationService moderation;
    private final ModerationItemRepository items;
    private final PlanRepository plans;
    private final DemoSignIn signIn;
    private final RateLimits rateLimits;
    private final DemoDiscussionSeeder discussionSeeder;

    DemoModerationSeeder(DiscussionService discussion, ModerationService moderation, ModerationItemRepository items,
                         PlanRepository plans, DemoSignIn signIn, RateLimits rateLimits,
                         DemoDiscussionSeeder discussionSeeder) {
        this.discussionSeeder = discussionSeeder;
        this.discussion = discussion;
        this.moderation = moderation;
        this.items = items;
        this.plans = plans;
        this.signIn = signIn;
        this.rateLimits = rateLimits;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedOnStart() {
        int seeded = seed();
        if (seeded > 0) {
            log.info("Seeded {} demo moderation items", seeded);
        }
    }

    int seed() {
        Long planId = plans.findAll().stream()
                .filter(p -> DemoDiscussionSeeder.PLAN_TITLE.equals(p.get(PlanField.TITLE)))
                .map(p -> p.getId()).findFirst().orElse(null);
        if (planId == null || items.count() > 0) {
            return 0;
        }
        discussionSeeder.seed();
        SecurityContext previous = signIn.current();
        try {
            signIn.as("sarah");
            ThreadInfo thread = discussion.threadFor(planId, SubjectType.GENERAL, null);
            long phone = discussion.post(thread.id(), null,
                    "If you want the old caretaker's view, call Mr. Li directly: 138 0013 8000, flat 12-301.").id();
            signIn.as("wangfang");
            long offTopic = discussion.post(thread.id(), null,
                    "谁家的猫丢了？今天早上在三号楼下看到一只橘猫。").id();
            for (var flag : List.of(new String[] {"wangfang", "PERSONAL_INFORMATION", ""},
                    new String[] {"planner", "PERSONAL_INFORMATION", ""},
                    new String[] {"moderator", "OTHER", "Phone number and flat of someone who did not agree"})) {
                signIn.as(flag[0]);
                moderation.flag(ContentType.COMMENT, phone, FlagReason.valueOf(flag[1]),
                        flag[2].isEmpty() ? null : flag[2]);
            }
            signIn.as("sarah");
            moderation.flag(ContentType.COMMENT, offTopic, FlagReason.OFF_TOPIC, null);
            return 2;
        } finally {
            signIn.restore(previous);
            rateLimits.reset();
        }
    }
}
