package org.cohesion.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cohesion.base.Message;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.ValidationException;
import org.cohesion.people.CommunityService;
import org.cohesion.plan.PhaseFixture;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.DrawingService;
import org.cohesion.plan.DrawingTestSupport;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanService;
import org.cohesion.plan.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Pins and areas through the service: checks, numbering, who may see and answer them. */
@SpringBootTest
class AnnotationServiceTest {

    @Autowired
    AnnotationService annotations;

    @Autowired
    PlanService plans;

    @Autowired
    DrawingService drawings;

    @Autowired
    CommunityService communities;

    @Autowired
    UserDetailsService users;

    long planId;
    long drawingId;

    @BeforeEach
    void planWithDrawingInChanghong() throws Exception {
        DrawingTestSupport.login(users, "planner");
        planId = DrawingTestSupport.newPlan(plans, communities, DrawingTestSupport.CHANGHONG);
        drawingId = drawings.upload(planId, "Site", TestImages.png(200, 100)).id();
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void residentPlacesPinsAndAreasNumberedPerPlanAndNeverReused() {
        DrawingTestSupport.login(users, "wangfang");
        AnnotationInfo pin = annotations.placePin(drawingId, new Point(0.25, 0.5), AnnotationCategory.IDEA,
                "  在这里种几棵树  ");
        AnnotationInfo area = annotations.placeArea(drawingId,
                List.of(new Point(0, 0), new Point(1, 0), new Point(1, 1), new Point(0, 1)),
                AnnotationCategory.CONCERN, "Too noisy here");
        assertThat(pin.number()).isEqualTo(1);
        assertThat(pin.body()).isEqualTo("在这里种几棵树");
        assertThat(pin.status()).isEqualTo(AnnotationStatus.OPEN);
        assertThat(pin.authorName()).isEqualTo("王芳 Wang Fang");
        assertThat(pin.points()).containsExactly(new Point(0.25, 0.5));
        assertThat(area.number()).isEqualTo(2);
        assertThat(area.shape()).isEqualTo(AnnotationShape.AREA);
        assertThat(area.points()).hasSize(4);

        annotations.delete(area.id());
        AnnotationInfo third = annotations.placePin(drawingId, new Point(1, 1), AnnotationCategory.QUESTION, "Why?");
        assertThat(third.number()).as("numbers are never reused").isEqualTo(3);
        assertThat(annotations.list(planId, AnnotationFilter.drawing(drawingId), 0, 50))
                .extracting(AnnotationInfo::number).containsExactly(1, 3);
        assertThat(annotations.count(planId, AnnotationFilter.drawing(drawingId))).isEqualTo(2);
        assertThat(annotations.count(planId, new AnnotationFilter(drawingId, AnnotationCategory.QUESTION, null)))
                .isEqualTo(1);
        assertThat(annotations.list(planId, new AnnotationFilter(null, AnnotationCategory.IDEA, null), 0, 10))
                .extracting(AnnotationInfo::id).containsExactly(pin.id());
        assertThat(annotations.list(planId, AnnotationFilter.drawing(drawingId), 1, 1))
                .extracting(AnnotationInfo::number).containsExactly(3);
    }

    @Test
    void coordinatesOutsideTheDrawingAreRefused() {
        assertThatThrownBy(() -> annotations.placePin(drawingId, new Point(1.01, 0.5), AnnotationCategory.IDEA, "x"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("points", new Message("annotation.error.outside")));
        assertThatThrownBy(() -> annotations.placePin(drawingId, new Point(0.5, -0.1), AnnotationCategory.IDEA, "x"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> annotations.placePin(drawingId, new Point(Double.NaN, 0.5), AnnotationCategory.IDEA,
                "x")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> annotations.placeArea(drawingId, List.of(new Point(0, 0), new Point(1, 1)),
                AnnotationCategory.IDEA, "x")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsKey("points"));
        AnnotationInfo pin = annotations.placePin(drawingId, new Point(0.5, 0.5), AnnotationCategory.IDEA, "ok");
        assertThatThrownBy(() -> annotations.move(pin.id(), List.of(new Point(2, 2))))
                .isInstanceOf(ValidationException.class);
        assertThat(annotations.move(pin.id(), List.of(new Point(0.125, 0.75))).points())
                .containsExactly(new Point(0.125, 0.75));
        assertThat(annotations.count(planId, AnnotationFilter.drawing(drawingId))).isEqualTo(1);
    }

    @Test
    void emptyOrOverlongBodyIsRefusedAndHtmlIsKeptAsText() {
        assertThatThrownBy(() -> annotations.placePin(drawingId, new Point(0.5, 0.5), AnnotationCategory.IDEA, "  "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("body", new Message("validation.required")));
        assertThatThrownBy(() -> annotations.placePin(drawingId, new Point(0.5, 0.5), AnnotationCategory.IDEA,
                "长".repeat(5001))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                .containsEntry("body", new Message("validation.too-long", 5000)));
        assertThatThrownBy(() -> annotations.placePin(drawingId, new Point(0.5, 0.5), null, "x"))
                .isInstanceOf(ValidationException.class);
        assertThat(annotations.count(planId, AnnotationFilter.drawing(drawingId))).isZero();

        String html = "<script>alert('x')</script><b>bold</b>";
        AnnotationInfo pin = annotations.placePin(drawingId, new Point(0.5, 0.5), AnnotationCategory.IDEA, html);
        assertThat(annotations.annotation(pin.id()).body()).isEqualTo(html);
        assertThat(annotations.placePin(drawingId, new Point(0.5, 0.5), AnnotationCategory.IDEA, "长".repeat(5000))
                .body()).hasSize(5000);
    }

    @Test
    void anotherCommunityCannotSeeOrAnnotate() {
        AnnotationInfo pin = annotations.placePin(drawingId, new Point(0.5, 0.5), AnnotationCategory.IDEA, "mine");
        DrawingTestSupport.login(users, "liming");
        assertThatThrownBy(() -> annotations.list(planId, AnnotationFilter.drawing(drawingId), 0, 10))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> annotations.annotation(pin.id())).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> annotations.placePin(drawingId, new Point(0.5, 0.5), AnnotationCategory.IDEA, "x"))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> annotations.delete(pin.id())).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void onlyTheAuthorOrAPlannerDeletesOrMoves() {
        DrawingTestSupport.login(users, "wangfang");
        AnnotationInfo pin = annotations.placePin(drawingId, new Point(0.5, 0.5), AnnotationCategory.IDEA, "mine");
        assertThat(pin.mine()).isTrue();
        assertThat(pin.canChange()).isTrue();
        DrawingTestSupport.login(users, "sarah");
        assertThat(annotations.annotation(pin.id()).canChange()).isFalse();
        assertThatThrownBy(() -> annotations.delete(pin.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> annotations.move(pin.id(), List.of(new Point(0.1, 0.1))))
                .isInstanceOf(AccessDeniedException.class);
        DrawingTestSupport.login(users, "planner");
        annotations.delete(pin.id());
        assertThatThrownBy(() -> annotations.annotation(pin.id())).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void plannersAnswerWithReasonsAndRevisions() {
        DrawingTestSupport.login(users, "wangfang");
        AnnotationInfo pin = annotations.placePin(drawingId, new Point(0.5, 0.5), AnnotationCategory.IDEA, "A bench");
        assertThatThrownBy(() -> annotations.setStatus(pin.id(), AnnotationStatus.ACCEPTED, null, null))
                .as("residents do not answer").isInstanceOf(AccessDeniedException.class);

        DrawingTestSupport.login(users, "planner");
        assertThatThrownBy(() -> annotations.setStatus(pin.id(), AnnotationStatus.DECLINED, " ", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("reason", new Message("validation.required")));
        int revisions = history.countRevisions(planId);
        assertThatThrownBy(() -> annotations.setStatus(pin.id(), AnnotationStatus.ADDRESSED, null, revisions + 1))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("revision", new Message("annotation.error.no-such-revision", revisions + 1,
                                revisions)));
        assertThatThrownBy(() -> annotations.setStatus(pin.id(), AnnotationStatus.ADDRESSED, null, null))
                .isInstanceOf(ValidationException.class);
        assertThat(annotations.annotation(pin.id()).status()).isEqualTo(AnnotationStatus.OPEN);

        AnnotationInfo declined = annotations.setStatus(pin.id(), AnnotationStatus.DECLINED, "No room", null);
        assertThat(declined.status()).isEqualTo(AnnotationStatus.DECLINED);
        assertThat(declined.statusReason()).isEqualTo("No room");
        AnnotationInfo addressed = annotations.setStatus(pin.id(), AnnotationStatus.ADDRESSED, null, revisions);
        assertThat(addressed.addressedInRevision()).isEqualTo(revisions);
        assertThat(annotations.list(planId, new AnnotationFilter(drawingId, null, AnnotationStatus.ADDRESSED), 0, 5))
                .extracting(AnnotationInfo::id).containsExactly(pin.id());
    }

    @Test
    void closedPlanTakesNoNewAnnotations() {
        AnnotationInfo pin = annotations.placePin(drawingId, new Point(0.5, 0.5), AnnotationCategory.IDEA, "before");
        PhaseFixture.moveTo(planId, PlanPhase.CLOSED);
        assertThatThrownBy(() -> annotations.placePin(drawingId, new Point(0.5, 0.5), AnnotationCategory.IDEA, "x"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("plan", new Message("annotation.error.closed")));
        assertThatThrownBy(() -> annotations.move(pin.id(), List.of(new Point(0.1, 0.1))))
                .isInstanceOf(ValidationException.class);
        assertThat(annotations.list(planId, AnnotationFilter.drawing(drawingId), 0, 10)).hasSize(1);
    }

    @Test
    void theDemoPocketParkHasResidentsAnnotationsAndRemarks() {
        DrawingTestSupport.login(users, "wangfang");
        var plan = plans.search(new org.cohesion.plan.PlanFilter(null, null, null, "Changhong Pocket Park"), 0, 10)
                .stream().filter(p -> p.title().startsWith("长虹口袋公园更新")).findFirst().orElseThrow();
        List<AnnotationInfo> seeded = annotations.list(plan.id(), new AnnotationFilter(null, null, null), 0, 50);
        assertThat(seeded).hasSizeGreaterThanOrEqualTo(4);
        assertThat(seeded).extracting(AnnotationInfo::authorName).contains("王芳 Wang Fang", "Sarah Miller");
        assertThat(seeded).extracting(AnnotationInfo::shape)
                .contains(AnnotationShape.PIN, AnnotationShape.AREA, AnnotationShape.TEXT);
        assertThat(annotations.remarkedTexts(plan.id())).flatExtracting(RemarkedText::remarks)
                .allMatch(PlacedRemark::isPlaced).hasSize(2);
    }

    @Autowired
    org.cohesion.plan.PlanHistoryService history;
}
