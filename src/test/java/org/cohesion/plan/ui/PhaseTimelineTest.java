package org.cohesion.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.List;
import org.cohesion.KaribuTest;
import org.cohesion.people.CommunityService;
import org.cohesion.plan.PlanKind;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.PlanService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The workspace's phase timeline, its "what you can do now" line and the planner's move dialog. */
class PhaseTimelineTest extends KaribuTest {

    long planId;

    @BeforeEach
    void newPlan() {
        login("planner");
        long changhong = context.getBean(CommunityService.class).myCommunities().stream()
                .filter(c -> "Changhong Residential District".equals(c.name().en())).findFirst().orElseThrow()
                .communityId();
        planId = context.getBean(PlanService.class).create(changhong, "Timeline " + System.nanoTime(),
                PlanKind.POCKET_PARK);
    }

    @Test
    void aPlannerMovesThePlanWithANoteAndTheTimelineFollows() {
        PhaseTimeline timeline = open();
        assertThat(current(timeline)).containsExactly("Proposal");
        assertThat(timeline.steps.getChildren().count()).isEqualTo(6);
        assertThat(timeline.canDoNow.getText()).contains("move it to consultation");
        assertThat(timeline.history.isVisible()).isFalse();
        assertThat(timeline.move.isVisible()).isTrue();

        _click(timeline.move);
        PhaseMoveDialog dialog = _get(PhaseMoveDialog.class);
        assertThat(dialog.target.getValue()).isEqualTo(PlanPhase.CONSULTATION);
        _click(dialog.confirm);
        assertThat(dialog.note.isInvalid()).isTrue();
        assertThat(dialog.note.getErrorMessage()).isEqualTo("Please fill in this field.");
        assertThat(context.getBean(PlanService.class).permissions(planId).phase()).isEqualTo(PlanPhase.PROPOSAL);

        _setValue(dialog.note, "Consultation opens <b>today</b>");
        _click(dialog.confirm);
        assertThat(dialog.isOpened()).isFalse();
        timeline = _get(PhaseTimeline.class);
        assertThat(current(timeline)).containsExactly("Consultation");
        assertThat(timeline.history.isVisible()).isTrue();
        assertThat(timeline.history.getSummaryText()).isEqualTo("Moves between phases (1)");
        assertThat(_get(timeline.history, com.vaadin.flow.component.html.Span.class,
                spec -> spec.withClasses("phase-move-note")).getText()).isEqualTo("Consultation opens <b>today</b>");
    }

    @Test
    void goingBackNeedsTheOtherPhaseOptionAndANote() {
        PhaseTimeline timeline = open();
        _click(timeline.move);
        PhaseMoveDialog dialog = _get(PhaseMoveDialog.class);
        assertThat(dialog.target.getListDataView().getItems().toList()).containsExactly(PlanPhase.CONSULTATION);
        _setValue(dialog.otherPhase, true);
        assertThat(dialog.target.getListDataView().getItems().toList()).hasSize(5).doesNotContain(PlanPhase.PROPOSAL);
        _setValue(dialog.target, PlanPhase.CLOSED);
        _setValue(dialog.note, "Withdrawn: the site is to be sold.");
        _click(dialog.confirm);
        assertThat(current(_get(PhaseTimeline.class))).containsExactly("Closed");
        assertThat(_get(PhaseTimeline.class).canDoNow.getText()).contains("reopened");
    }

    @Test
    void residentsSeeTheTimelineAndWhatTheyCanDoButNoMoveButton() {
        login("wangfang");
        PhaseTimeline timeline = open();
        assertThat(current(timeline)).containsExactly("Proposal");
        assertThat(timeline.move.isVisible()).isFalse();
        assertThat(timeline.canDoNow.getText()).contains("comments open in consultation");
    }

    @Test
    void theTimelineIsTranslated() {
        login("wangfang");
        UI.getCurrent().setLocale(org.cohesion.base.i18n.Locales.CHINESE);
        PhaseTimeline timeline = open();
        assertThat(current(timeline)).containsExactly("提案");
    }

    private PhaseTimeline open() {
        UI.getCurrent().navigate("plans/" + planId);
        return _get(PhaseTimeline.class);
    }

    private static List<String> current(PhaseTimeline timeline) {
        return timeline.steps.getChildren()
                .filter(c -> "step".equals(c.getElement().getAttribute("aria-current")))
                .map(c -> c.getElement().getTextRecursively()).toList();
    }
}
