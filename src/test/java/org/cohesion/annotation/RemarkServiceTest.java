package org.cohesion.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cohesion.base.Message;
import org.cohesion.base.ValidationException;
import org.cohesion.discussion.DiscussionService;
import org.cohesion.discussion.SubjectType;
import org.cohesion.people.CommunityService;
import org.cohesion.plan.DrawingService;
import org.cohesion.plan.DrawingTestSupport;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanHistoryService;
import org.cohesion.plan.PhaseFixture;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.PlanService;
import org.cohesion.plan.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Remarks on plan texts through the service: placing, following edits and restores, refusals, reply counts. */
@SpringBootTest
class RemarkServiceTest {

    static final String GOALS = "Keep the old camphor tree. Add benches in the shade. Light the path at night.";

    @Autowired
    AnnotationService annotations;
    @Autowired
    PlanService plans;
    @Autowired
    PlanHistoryService history;
    @Autowired
    DrawingService drawings;
    @Autowired
    DiscussionService discussions;
    @Autowired
    CommunityService communities;
    @Autowired
    UserDetailsService users;

    long planId;

    @BeforeEach
    void planWithGoals() {
        DrawingTestSupport.login(users, "planner");
        planId = DrawingTestSupport.newPlan(plans, communities, DrawingTestSupport.CHANGHONG);
        plans.saveField(planId, PlanField.GOALS, GOALS);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private AnnotationInfo remarkOn(String passage, String body) {
        int start = GOALS.indexOf(passage);
        return annotations.remark(planId, PlanField.GOALS, start, start + passage.length(), passage,
                AnnotationCategory.IDEA, body);
    }

    private PlacedRemark placed(long remarkId) {
        return annotations.remarkedTexts(planId).stream().flatMap(t -> t.remarks().stream())
                .filter(r -> r.remark().id() == remarkId).findFirst().orElseThrow();
    }

    @Test
    void aResidentRemarksOnAPassageNumberedWithThePins() throws Exception {
        long drawingId = drawings.upload(planId, "Site", TestImages.png(200, 100)).id();
        DrawingTestSupport.login(users, "wangfang");
        AnnotationInfo pin = annotations.placePin(drawingId, new Point(0.5, 0.5), AnnotationCategory.IDEA, "A pin");
        AnnotationInfo remark = remarkOn("Add benches in the shade.", "<script>x</script> 好主意");

        assertThat(remark.number()).isEqualTo(pin.number() + 1);
        assertThat(remark.isRemark()).isTrue();
        assertThat(remark.drawingId()).isNull();
        assertThat(remark.points()).isEmpty();
        assertThat(remark.textField()).isEqualTo(PlanField.GOALS);
        assertThat(remark.quote()).isEqualTo("Add benches in the shade.");
        assertThat(remark.body()).as("stored as written, shown as text").isEqualTo("<script>x</script> 好主意");

        List<RemarkedText> texts = annotations.remarkedTexts(planId);
        assertThat(texts).extracting(RemarkedText::field).containsExactly(PlanField.GOALS);
        PlacedRemark at = texts.get(0).remarks().get(0);
        assertThat(GOALS.substring(at.start(), at.end())).isEqualTo("Add benches in the shade.");

        assertThat(annotations.list(planId, new AnnotationFilter(null, null, null, true), 0, 10))
                .extracting(AnnotationInfo::id).containsExactly(remark.id());
        assertThat(annotations.list(planId, AnnotationFilter.drawing(drawingId), 0, 10))
                .extracting(AnnotationInfo::id).containsExactly(pin.id());
        assertThat(annotations.count(planId, null)).isEqualTo(2);
        assertThatThrownBy(() -> annotations.move(remark.id(), List.of(new Point(0.1, 0.1))))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void theRemarkFollowsEditsIsOutdatedWhenItsPassageGoesAndIsFoundAgainAfterARestore() {
        AnnotationInfo remark = remarkOn("Add benches in the shade.", "Yes please");
        int before = history.countRevisions(planId);
        long coEditor = DrawingTestSupport.login(users, "wangfang").id();
        DrawingTestSupport.login(users, "planner");
        plans.addEditor(planId, coEditor);
        DrawingTestSupport.login(users, "wangfang");

        String moved = "New first sentence. " + GOALS.replace("Add benches in the shade.",
                "Add benches in the deep shade.");
        plans.saveField(planId, PlanField.GOALS, moved);
        PlacedRemark fuzzy = placed(remark.id());
        assertThat(moved.substring(fuzzy.start(), fuzzy.end())).isEqualTo("Add benches in the deep shade.");
        assertThat(annotations.annotation(remark.id()).quote()).as("re-anchored on the new wording")
                .isEqualTo("Add benches in the deep shade.");

        plans.saveField(planId, PlanField.GOALS, "Something else entirely.");
        assertThat(placed(remark.id()).isPlaced()).isFalse();
        AnnotationInfo outdated = annotations.annotation(remark.id());
        assertThat(outdated.outdated()).isTrue();
        assertThat(outdated.quote()).as("keeps the last quote").isEqualTo("Add benches in the deep shade.");

        history.restore(planId, before);
        PlacedRemark back = placed(remark.id());
        assertThat(back.isPlaced()).isTrue();
        assertThat(GOALS.substring(back.start(), back.end())).isEqualTo("Add benches in the shade.");
        assertThat(annotations.annotation(remark.id()).outdated()).isFalse();
    }

    @Test
    void aPassageThatMovedWhileTheReaderWroteIsFoundAndOneThatWentIsRefused() {
        String passage = "Light the path at night.";
        int start = GOALS.indexOf(passage);
        plans.saveField(planId, PlanField.GOALS, "Intro. " + GOALS);
        AnnotationInfo moved = annotations.remark(planId, PlanField.GOALS, start, start + passage.length(), passage,
                AnnotationCategory.QUESTION, "How bright?");
        assertThat(moved.quote()).isEqualTo(passage);

        plans.saveField(planId, PlanField.GOALS, "Only trees.");
        assertThatThrownBy(() -> annotations.remark(planId, PlanField.GOALS, start, start + passage.length(),
                passage, AnnotationCategory.QUESTION, "Lost?"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("quote", new Message("annotation.error.passage-changed")));
        assertThat(annotations.count(planId, new AnnotationFilter(null, null, null, true))).isEqualTo(1);
    }

    @Test
    void badRemarksAreRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> annotations.remark(planId, PlanField.TITLE, 0, 3, "abc", AnnotationCategory.IDEA,
                "x")).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                .containsEntry("quote", new Message("annotation.error.not-a-text")));
        assertThatThrownBy(() -> annotations.remark(planId, PlanField.GOALS, 0, 0, " ", AnnotationCategory.IDEA,
                "x")).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                .containsEntry("quote", new Message("annotation.error.no-passage")));
        assertThatThrownBy(() -> remarkOn("Keep the old camphor tree.", "  "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("body", new Message("validation.required")));
        assertThatThrownBy(() -> annotations.remark(planId, PlanField.GOALS, -5, 999, "not in the text at all",
                AnnotationCategory.IDEA, "x")).isInstanceOf(ValidationException.class);
        PhaseFixture.moveTo(planId, PlanPhase.CLOSED);
        assertThatThrownBy(() -> remarkOn("Keep the old camphor tree.", "Too late"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("plan", new Message("annotation.error.closed")));
        assertThat(annotations.count(planId, null)).isZero();
    }

    @Test
    void theListCountsRepliesInEachThreadButNotDeletedOnes() {
        AnnotationInfo remark = remarkOn("Keep the old camphor tree.", "It is 80 years old");
        long thread = discussions.threadFor(planId, SubjectType.ANNOTATION, remark.id()).id();
        discussions.post(thread, null, "Agreed");
        long second = discussions.post(thread, null, "Me too").id();
        discussions.delete(second);
        assertThat(annotations.list(planId, null, 0, 10)).singleElement()
                .extracting(AnnotationInfo::replies).isEqualTo(1L);
    }
}
