package org.cohesion.synthesis;

import java.util.List;
import java.util.UUID;
import org.cohesion.annotation.AnnotationCategory;
import org.cohesion.annotation.AnnotationInfo;
import org.cohesion.annotation.AnnotationService;
import org.cohesion.annotation.Point;
import org.cohesion.discussion.CommentView;
import org.cohesion.discussion.DiscussionService;
import org.cohesion.discussion.SubjectType;
import org.cohesion.discussion.internal.CommentRateLimiter;
import org.cohesion.people.CommunityService;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanKind;
import org.cohesion.plan.PlanService;
import org.cohesion.plan.DrawingService;
import org.cohesion.plan.TestImages;
import org.springframework.context.ApplicationContext;

/**
 * A fresh Changhong plan with known contributions, made through the real services: a pin (idea, wangfang), an
 * area (concern, sarah), a remark on the goals (question, wangfang), a planner's reply in the pin's thread, a
 * general comment by sarah supported by wangfang, and a general comment by the admin (no membership).
 */
public final class SynthesisFixture {

    public static final String GOALS = "Shade for older neighbours. 让老人有地方坐下聊天。";

    public final long planId;
    public final long drawingId;
    public final AnnotationInfo pin;
    public final AnnotationInfo area;
    public final AnnotationInfo remark;
    public final CommentView reply;
    public final CommentView general;
    public final CommentView adminComment;

    private SynthesisFixture(ApplicationContext context, Login login) throws Exception {
        PlanService plans = context.getBean(PlanService.class);
        AnnotationService annotations = context.getBean(AnnotationService.class);
        DiscussionService discussion = context.getBean(DiscussionService.class);
        // many fixtures a minute in one test run: start the fixture's authors with a full allowance
        context.getBean(CommentRateLimiter.class).reset();
        login.as("planner");
        long changhong = context.getBean(CommunityService.class).myCommunities().stream()
                .filter(c -> "Changhong Residential District".equals(c.name().en())).findFirst().orElseThrow()
                .communityId();
        planId = plans.create(changhong, "Synthesis " + UUID.randomUUID().toString().substring(0, 8),
                PlanKind.POCKET_PARK);
        // contributions are open in consultation only
        org.cohesion.plan.PhaseFixture.moveTo(planId, org.cohesion.plan.PlanPhase.CONSULTATION);
        plans.saveField(planId, PlanField.GOALS, GOALS);
        drawingId = context.getBean(DrawingService.class).upload(planId, "Site", TestImages.png(300, 300)).id();

        login.as("wangfang");
        pin = annotations.placePin(drawingId, new Point(0.1, 0.1), AnnotationCategory.IDEA,
                "在大树下放几张长椅 benches under the big tree");
        int start = GOALS.indexOf("让老人");
        remark = annotations.remark(planId, PlanField.GOALS, start, start + 3, "让老人", AnnotationCategory.QUESTION,
                "What about shade? 树荫呢？");
        login.as("sarah");
        area = annotations.placeArea(drawingId, List.of(new Point(0.7, 0.7), new Point(0.9, 0.7),
                new Point(0.9, 0.9)), AnnotationCategory.CONCERN, "Too dark at night <script>x</script>");
        general = discussion.post(discussion.threadFor(planId, SubjectType.GENERAL, null).id(), null,
                "=cmd|' /C calc'!A0, \"quoted\" text");
        login.as("planner");
        reply = discussion.post(discussion.threadFor(planId, SubjectType.ANNOTATION, pin.id()).id(), null,
                "Good idea, we will look at it.");
        login.as("wangfang");
        discussion.support(general.id());
        login.as("admin");
        adminComment = discussion.post(discussion.threadFor(planId, SubjectType.GENERAL, null).id(), null,
                "Admin note");
        login.as("planner");
        context.getBean(CommentRateLimiter.class).reset();
    }

    /** Signs a demo user in for the calls that follow. */
    @FunctionalInterface
    public interface Login {
        void as(String username);
    }

    public static SynthesisFixture create(ApplicationContext context, Login login) throws Exception {
        return new SynthesisFixture(context, login);
    }
}
