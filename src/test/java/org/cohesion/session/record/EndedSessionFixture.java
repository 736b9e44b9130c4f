package org.cohesion.session.record;

import java.util.List;
import org.cohesion.annotation.AnnotationCategory;
import org.cohesion.annotation.AnnotationInfo;
import org.cohesion.annotation.AnnotationService;
import org.cohesion.annotation.Point;
import org.cohesion.discussion.DiscussionService;
import org.cohesion.discussion.DiscussionTestSupport;
import org.cohesion.discussion.SubjectType;
import org.cohesion.discussion.internal.CommentRateLimiter;
import org.cohesion.plan.DrawingService;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanService;
import org.cohesion.plan.TestImages;
import org.cohesion.session.AgendaItemView;
import org.cohesion.session.SessionHostService;
import org.cohesion.session.SessionPass;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionSummary;
import org.cohesion.session.SessionTestSupport;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An ended session with something in its record, through the real services: before it starts, a resident
 * comments and places a pin; while it runs the planner hosts, a resident and a guest join, the resident leaves and
 * comes back, two of three agenda items are made current, the resident places a pin (with Markdown in it) and a
 * remark and comments, the planner replies; after it ends, more of both. Small pauses keep the three windows apart.
 * Leaves nobody signed in.
 */
public record EndedSessionFixture(SessionSummary session, long pinDuring, long remarkDuring, long pinBefore,
                                  long pinAfter, List<AgendaItemView> agenda) {

    public static final String GUEST = "Lao Zhang 老张";
    public static final String GOALS = "More shade for older residents. Light the path at night.";
    public static final String PIN_DURING = "Shade here [click me](http://evil.example) | please";
    public static final String COMMENT_DURING = "# Not a heading\n- not a list\n<b>not bold</b>";
    public static final String REPLY_DURING = "Agreed, we'll look at it 同意";

    public static EndedSessionFixture create(ApplicationContext context) {
        SessionService sessions = context.getBean(SessionService.class);
        SessionHostService hosting = context.getBean(SessionHostService.class);
        AnnotationService annotations = context.getBean(AnnotationService.class);
        DiscussionService discussions = context.getBean(DiscussionService.class);
        // tests share one context: comments of earlier tests must not slow these down
        context.getBean(CommentRateLimiter.class).reset();
        try {
            SessionSummary s = SessionTestSupport.scheduledSession(context);
            long planId = s.planId();
            context.getBean(PlanService.class).saveField(planId, PlanField.GOALS, GOALS);
            long drawingId = context.getBean(DrawingService.class).upload(planId, "Site", TestImages.png(200, 100))
                    .id();
            long general = discussions.threadFor(planId, SubjectType.GENERAL, null).id();

            DiscussionTestSupport.login(context, "wangfang");
            long before = annotations.placePin(drawingId, new Point(0.1, 0.1), AnnotationCategory.CONCERN,
                    "Before the session").id();
            discussions.post(general, null, "Before the session");
            pause();

            DiscussionTestSupport.login(context, "planner");
            SessionPass host = sessions.joinAsMember(s.id());
            sessions.start(host);
            DiscussionTestSupport.login(context, "wangfang");
            SessionPass wang = sessions.joinAsMember(s.id());
            SecurityContextHolder.clearContext();
            sessions.joinAsGuest(s.joinCode(), GUEST);
            DiscussionTestSupport.login(context, "planner");
            List<AgendaItemView> agenda = sessions.room(host).agenda();
            hosting.setCurrentItem(host, agenda.get(0).id());
            pause();
            hosting.setCurrentItem(host, agenda.get(2).id());

            DiscussionTestSupport.login(context, "wangfang");
            AnnotationInfo pin = annotations.placePin(drawingId, new Point(0.5, 0.5), AnnotationCategory.IDEA,
                    PIN_DURING);
            int at = GOALS.indexOf("Light the path");
            AnnotationInfo remark = annotations.remark(planId, PlanField.GOALS, at, at + "Light the path".length(),
                    "Light the path", AnnotationCategory.QUESTION, "How bright?");
            discussions.post(general, null, COMMENT_DURING);
            sessions.leave(wang);
            pause();
            sessions.rejoin(wang);
            DiscussionTestSupport.login(context, "planner");
            long pinThread = discussions.threadFor(planId, SubjectType.ANNOTATION, pin.id()).id();
            long first = discussions.post(pinThread, null, "Noted.").id();
            discussions.post(pinThread, first, REPLY_DURING);
            pause();
            sessions.end(host);
            pause();

            DiscussionTestSupport.login(context, "wangfang");
            long after = annotations.placePin(drawingId, new Point(0.9, 0.9), AnnotationCategory.IDEA,
                    "After the session").id();
            discussions.post(general, null, "After the session");
            DiscussionTestSupport.login(context, "planner");
            return new EndedSessionFixture(sessions.session(s.id()), pin.id(), remark.id(), before, after, agenda);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(15);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
