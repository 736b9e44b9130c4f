package org.cohesion.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cohesion.KaribuTest;
import org.cohesion.base.Message;
import org.cohesion.base.ValidationException;
import org.cohesion.people.CommunityService;
import org.cohesion.plan.DrawingService;
import org.cohesion.plan.DrawingTestSupport;
import org.cohesion.plan.PhaseFixture;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanKind;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.PlanService;
import org.cohesion.plan.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Annotations and remarks are taken in consultation only; planners still answer them in every phase. */
class AnnotationPhaseTest extends KaribuTest {

    long planId;
    long drawingId;

    @BeforeEach
    void planInProposal() throws Exception {
        login("planner");
        long changhong = context.getBean(CommunityService.class).myCommunities().stream()
                .filter(c -> DrawingTestSupport.CHANGHONG.equals(c.name().en())).findFirst().orElseThrow()
                .communityId();
        PlanService plans = context.getBean(PlanService.class);
        planId = plans.create(changhong, "Annotation phases " + System.nanoTime(), PlanKind.POCKET_PARK);
        plans.saveField(planId, PlanField.GOALS, "Keep the old camphor tree.");
        drawingId = context.getBean(DrawingService.class).upload(planId, "Site", TestImages.png(100, 100)).id();
    }

    @Test
    void annotatingOutsideConsultationIsRefusedWithAClearMessage() {
        AnnotationService annotations = context.getBean(AnnotationService.class);
        login("wangfang");
        assertPhaseRefused(() -> annotations.placePin(drawingId, new Point(0.5, 0.5), AnnotationCategory.IDEA, "x"));
        assertPhaseRefused(() -> remark(annotations));
        login("planner");
        PhaseFixture.moveTo(planId, PlanPhase.CONSULTATION);
        login("wangfang");
        AnnotationInfo pin = annotations.placePin(drawingId, new Point(0.5, 0.5), AnnotationCategory.IDEA, "tree");
        remark(annotations);
        login("planner");
        PhaseFixture.moveTo(planId, PlanPhase.DECISION);
        login("wangfang");
        assertPhaseRefused(() -> annotations.placePin(drawingId, new Point(0.2, 0.2), AnnotationCategory.IDEA, "y"));
        assertPhaseRefused(() -> remark(annotations));
        assertPhaseRefused(() -> annotations.move(pin.id(), List.of(new Point(0.1, 0.1))));
        login("planner");
        AnnotationInfo answered = annotations.setStatus(pin.id(), AnnotationStatus.ACCEPTED, "good idea", null);
        assertThat(answered.status()).isEqualTo(AnnotationStatus.ACCEPTED);
        assertThat(annotations.count(planId, null)).isEqualTo(2);
    }

    private AnnotationInfo remark(AnnotationService annotations) {
        String passage = "old camphor tree";
        int start = "Keep the old camphor tree.".indexOf(passage);
        return annotations.remark(planId, PlanField.GOALS, start, start + passage.length(), passage,
                AnnotationCategory.SUPPORT, "yes");
    }

    private static void assertPhaseRefused(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("plan", new Message("annotation.error.phase")));
    }
}
