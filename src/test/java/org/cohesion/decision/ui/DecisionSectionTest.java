package org.cohesion.decision.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import org.cohesion.session.AgendaItemDraft;
import org.cohesion.session.SessionPass;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionSummary;
import org.cohesion.session.poll.PollKind;
import org.cohesion.session.poll.PollService;
import org.cohesion.session.poll.PollSnapshot;
import org.cohesion.session.poll.PollView;
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

    @Test
    void decisionPollsAreListedFirstAndLabelled() {
        PhaseFixture.moveTo(planId, PlanPhase.DECISION);
        long ordinary = closedPoll("Which colour? 什么颜色？", false);
        long deciding = closedPoll("Build it? 建吗？", true);
        DecisionSection section = open();
        _click(section.edit);
        DecisionDialog dialog = _get(DecisionDialog.class);
        List<PollSnapshot> offered = dialog.polls.getListDataView().getItems().toList();
        assertThat(offered).extracting(PollSnapshot::id).containsExactly(deciding, ordinary);
        assertThat(offered).extracting(p -> dialog.polls.getItemLabelGenerator().apply(p))
                .containsExactly("Decision poll: Build it? 建吗？ (1 ballots)", "Which colour? 什么颜色？ (1 ballots)");
        _setValue(dialog.polls, java.util.Set.copyOf(offered));
        _setValue(dialog.text, "Build it.");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();

        login("sarah");
        String text = open().content.getElement().getTextRecursively();
        assertThat(text).contains("Decision poll: Build it? 建吗？ — 1 ballots")
                .contains("Which colour? 什么颜色？ — 1 ballots");
        assertThat(text.indexOf("Build it? 建吗？")).isLessThan(text.indexOf("Which colour?"));
    }

    /** A closed poll with the planner's vote, in a new live session of the plan (as the planner). */
    private long closedPoll(String question, boolean decides) {
        login("planner");
        SessionService sessions = context.getBean(SessionService.class);
        PollService polls = context.getBean(PollService.class);
        SessionSummary s = sessions.schedule(planId, "Meeting", Instant.now(), List.of(new AgendaItemDraft("Vote")),
                true);
        sessions.start(s.id());
        SessionPass host = sessions.joinAsMember(s.id());
        PollView poll = polls.create(host, question, PollKind.SINGLE, List.of("Yes", "No"), null, true, decides);
        polls.open(host, poll.poll().id());
        polls.vote(host, poll.poll().id(), Map.of(poll.poll().options().get(0).optionId(), 1));
        polls.close(host, poll.poll().id());
        return poll.poll().id();
    }

    private DecisionSection open() {
        UI.getCurrent().navigate("plans/" + planId);
        return _get(DecisionSection.class);
    }
}
