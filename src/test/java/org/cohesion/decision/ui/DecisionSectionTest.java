package org.cohesion.decision.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.List;
import org.cohesion.KaribuTest;
import org.cohesion.annotation.AnnotationCategory;
import org.cohesion.annotation.AnnotationInfo;
import org.cohesion.annotation.AnnotationService;
import org.cohesion.annotation.Point;
import org.cohesion.decision.DecisionService;
import org.cohesion.decision.VerdictDraft;
import org.cohesion.people.CommunityService;
import org.cohesion.plan.DrawingService;
import org.cohesion.plan.DrawingTestSupport;
import org.cohesion.plan.PhaseFixture;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.PlanService;
import org.cohesion.plan.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The decision section: planners record in DECISION, everyone reads it once recorded. */
class DecisionSectionTest extends KaribuTest {

    long planId;
    AnnotationInfo pin;

    @BeforeEach
    void planInDecision() throws Exception {
        login("planner");
        planId = DrawingTestSupport.newPlan(context.getBean(PlanService.class),
                context.getBean(CommunityService.class), DrawingTestSupport.CHANGHONG);
        long drawingId = context.getBean(DrawingService.class).upload(planId, "Site", TestImages.png(50, 50)).id();
        login("wangfang");
        pin = context.getBean(AnnotationService.class).placePin(drawingId, new Point(0.5, 0.5),
                AnnotationCategory.IDEA, "<i>Benches</i> please");
        login("planner");
    }

    @Test
    void residentsSeeNoSectionBeforeADecisionIsRecorded() {
        login("wangfang");
        UI.getCurrent().navigate("plans/" + planId);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(DecisionSection.class)).isEmpty();
    }

    @Test
    void aPlannerRecordsTheDecisionInTheDialog() {
        PhaseFixture.moveTo(planId, PlanPhase.DECISION);
        DecisionSection section = open();
        assertThat(section.isVisible()).isTrue();
        assertThat(section.edit.isVisible()).isTrue();
        _click(section.edit);
        DecisionDialog dialog = _get(DecisionDialog.class);
        _click(dialog.save);
        assertThat(dialog.text.isInvalid()).isTrue();

        _setValue(dialog.accepted, false);
        _setValue(dialog.annotation, pin);
        _click(dialog.addVerdict);
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.verdicts).isEmpty();
        _setValue(dialog.reason, "No room for benches");
        _click(dialog.addVerdict);
        assertThat(dialog.verdicts).containsOnlyKeys(pin.id());

        _setValue(dialog.text, "Plant trees instead.");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        section = _get(DecisionSection.class);
        assertThat(section.content.getElement().getTextRecursively()).contains("Plant trees instead.")
                .contains("Declined").contains("No room for benches").contains("<i>Benches</i> please");
        assertThat(section.edit.getText()).isEqualTo("Revise the decision…");
    }

    @Test
    void residentsReadTheRecordedDecisionButCannotEditIt() {
        PhaseFixture.moveTo(planId, PlanPhase.DECISION);
        context.getBean(DecisionService.class).record(planId, null, "Build it.", List.of(),
                List.of(new VerdictDraft(pin.id(), true, null)));
        PhaseFixture.moveTo(planId, PlanPhase.IMPLEMENTATION);
        login("sarah");
        DecisionSection section = open();
        assertThat(section.isVisible()).isTrue();
        assertThat(section.edit.isVisible()).isFalse();
        assertThat(section.content.getElement().getTextRecursively()).contains("Build it.").contains("Accepted");
    }

    private DecisionSection open() {
        UI.getCurrent().navigate("plans/" + planId);
        return _get(DecisionSection.class);
    }
}
