package org.cohesion.session;

import java.time.Instant;
import java.util.List;
import org.cohesion.discussion.DiscussionTestSupport;
import org.cohesion.plan.PlanField;
import org.springframework.context.ApplicationContext;

/** A fresh Changhong plan with a scheduled session, for session tests. Sign-in in Spring's security context. */
public final class SessionTestSupport {

    private SessionTestSupport() {
    }

    /** As the planner: a new Changhong plan and a scheduled session of it with three agenda items. */
    public static SessionSummary scheduledSession(ApplicationContext context) {
        DiscussionTestSupport.login(context, "planner");
        long planId = DiscussionTestSupport.newChanghongPlan(context);
        return context.getBean(SessionService.class).schedule(planId, "Residents' meeting 居民议事会",
                Instant.now(), List.of(new AgendaItemDraft("Welcome 欢迎"),
                        new AgendaItemDraft("Goals 目标", PlanField.GOALS, null),
                        new AgendaItemDraft("Design 设计", PlanField.DESIGN_PROPOSAL, null)), true);
    }

    /** As the planner: a scheduled session, started. */
    public static SessionSummary liveSession(ApplicationContext context) {
        SessionSummary s = scheduledSession(context);
        context.getBean(SessionService.class).start(s.id());
        return context.getBean(SessionService.class).session(s.id());
    }
}
