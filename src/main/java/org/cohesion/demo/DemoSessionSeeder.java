package org.cohesion.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.cohesion.discussion.DiscussionService;
import org.cohesion.discussion.SubjectType;
import org.cohesion.discussion.internal.CommentRateLimiter;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.internal.PlanRepository;
import org.cohesion.session.AgendaItemDraft;
import org.cohesion.session.AgendaItemView;
import org.cohesion.session.SessionPass;
import org.cohesion.session.SessionCommentsService;
import org.cohesion.session.SessionHandsService;
import org.cohesion.session.SessionHostService;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Seeds two live sessions of the Changhong pocket park plan through the real session service: a finished site
 * walk (with members, a guest, agenda items covered, a raised hand, a comment made during it: its record) and a
 * residents' meeting scheduled for next week. Skips a plan that has sessions already.
 */
@Component
@ConditionalOnProperty(name = "cohesion.demo-data.enabled", havingValue = "true")
@Order(100)
class DemoSessionSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoSessionSeeder.class);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final SessionService sessions;
    private final SessionHostService host;
    private final SessionHandsService hands;
    private final SessionCommentsService roomComments;
    private final DiscussionService discussion;
    private final CommentRateLimiter rateLimiter;
    private final PlanRepository plans;
    private final DemoSignIn signIn;
    private final Clock clock;

    DemoSessionSeeder(SessionService sessions, SessionHostService host, SessionHandsService hands,
                      SessionCommentsService roomComments, DiscussionService discussion, CommentRateLimiter rateLimiter, PlanRepository plans,
                      DemoSignIn signIn, Clock clock) {
        this.discussion = discussion;
        this.roomComments = roomComments;
        this.rateLimiter = rateLimiter;
        this.sessions = sessions;
        this.host = host;
        this.hands = hands;
        this.plans = plans;
        this.signIn = signIn;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedOnStart() {
        try {
            int seeded = seed();
            if (seeded > 0) {
                log.info("Seeded {} demo sessions", seeded);
            }
        } catch (RuntimeException e) {
            log.warn("Could not seed demo sessions", e);
        }
    }

    int seed() {
        Long planId = plans.findAll().stream()
                .filter(p -> DemoDiscussionSeeder.PLAN_TITLE.equals(p.get(PlanField.TITLE)))
                .map(p -> p.getId()).findFirst().orElse(null);
        if (planId == null) {
            return 0;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            signIn.as("planner");
            if (!sessions.sessionsOfPlan(planId).isEmpty()) {
                return 0;
            }
            Instant today = clock.instant().atZone(SHANGHAI).toLocalDate().atTime(LocalTime.of(19, 0))
                    .atZone(SHANGHAI).toInstant();
            SessionSummary walk = sessions.schedule(planId, "现场踏勘 Site walk with residents",
                    today.minus(Duration.ofDays(7)), List.of(
                            new AgendaItemDraft("欢迎与介绍 Welcome and introductions"),
                            new AgendaItemDraft("现状与问题 What is there today", PlanField.SUMMARY, null),
                            new AgendaItemDraft("大家的期望 What residents hope for", PlanField.GOALS, null)), true);
            SessionPass chair = sessions.joinAsMember(walk.id());
            sessions.start(chair);
            signIn.as("wangfang");
            SessionPass wang = sessions.joinAsMember(walk.id());
            signIn.as("sarah");
            sessions.joinAsMember(walk.id());
            SecurityContextHolder.clearContext();
            SessionPass guest = sessions.joinAsGuest(walk.joinCode(), "楼组长 老周 Building leader Zhou");
            hands.raiseHand(guest);
            roomComments.post(guest,
                    "门口晚上太暗，老人看不清台阶。 The gate is too dark at night; older people miss the step.");
            signIn.as("wangfang");
            sessions.setFollowing(wang, true);
            hands.raiseHand(wang);
            roomComments.post(wang, "同意，门口需要一盏灯。 Agreed, the gate needs a light.");
            signIn.as("planner");
            List<AgendaItemView> agenda = sessions.room(chair).agenda();
            host.setCurrentItem(chair, agenda.get(0).id());
            host.setCurrentItem(chair, agenda.get(1).id());
            hands.callNext(chair);
            // said during the walk: it shows in the session's record
            signIn.as("sarah");
            discussion.post(discussion.threadFor(planId, SubjectType.GENERAL, null).id(), null,
                    "走访时看到围墙边很适合放长椅。 During the walk: the wall by the gate would suit benches.");
            signIn.as("planner");
            host.setCurrentItem(chair, agenda.get(2).id());
            hands.callNext(chair);
            sessions.end(chair);

            sessions.schedule(planId, "居民议事会：口袋公园方案 Residents' meeting on the park draft",
                    today.plus(Duration.ofDays(7)), List.of(
                            new AgendaItemDraft("方案介绍 The draft design", PlanField.DESIGN_PROPOSAL, null),
                            new AgendaItemDraft("讨论与提问 Questions and discussion"),
                            new AgendaItemDraft("下一步 Next steps")), true);
            rateLimiter.reset();
            return 2;
        } finally {
            signIn.restore(previous);
        }
    }
}
