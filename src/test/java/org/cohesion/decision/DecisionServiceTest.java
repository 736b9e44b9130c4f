package org.cohesion.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cohesion.KaribuTest;
import org.cohesion.annotation.AnnotationCategory;
import org.cohesion.annotation.AnnotationInfo;
import org.cohesion.annotation.AnnotationService;
import org.cohesion.annotation.AnnotationStatus;
import org.cohesion.annotation.Point;
import org.cohesion.base.Message;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.ValidationException;
import org.cohesion.notification.NotificationService;
import org.cohesion.people.CommunityService;
import org.cohesion.plan.DrawingService;
import org.cohesion.plan.DrawingTestSupport;
import org.cohesion.plan.OutsidePlanner;
import org.cohesion.plan.PhaseFixture;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.PlanPhaseService;
import org.cohesion.plan.PlanService;
import org.cohesion.plan.TestImages;
import org.cohesion.session.AgendaItemDraft;
import org.cohesion.session.SessionPass;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionSummary;
import org.cohesion.session.poll.PollKind;
import org.cohesion.session.poll.PollService;
import org.cohesion.session.poll.PollView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** The decision record: who records it, when, what it may reference, and that it gates leaving DECISION. */
class DecisionServiceTest extends KaribuTest {

    DecisionService decisions;
    AnnotationService annotations;
    PlanPhaseService phases;
    long planId;
    AnnotationInfo wangfangsPin;
    AnnotationInfo sarahsPin;
    long pollId;

    @BeforeEach
    void planWithAnnotationsAndAPollInDecision() throws Exception {
        decisions = context.getBean(DecisionService.class);
        annotations = context.getBean(AnnotationService.class);
        phases = context.getBean(PlanPhaseService.class);
        login("planner");
        planId = DrawingTestSupport.newPlan(context.getBean(PlanService.class),
                context.getBean(CommunityService.class), DrawingTestSupport.CHANGHONG);
        long drawingId = context.getBean(DrawingService.class).upload(planId, "Site", TestImages.png(80, 80)).id();
        pollId = pollOf(planId);
        login("wangfang");
        wangfangsPin = annotations.placePin(drawingId, new Point(0.2, 0.2), AnnotationCategory.IDEA, "Benches");
        login("sarah");
        sarahsPin = annotations.placePin(drawingId, new Point(0.7, 0.7), AnnotationCategory.IDEA, "A fountain");
        login("planner");
        PhaseFixture.moveTo(planId, PlanPhase.DECISION);
    }

    @Test
    void aPlannerRecordsTheDecisionResidentsSeeItAndAuthorsHearOfTheirAnswers() {
        long before = unreadOf("wangfang");
        login("planner");
        DecisionView recorded = decisions.record(planId, null, "  Build benches; no fountain.  ", List.of(pollId),
                List.of(new VerdictDraft(wangfangsPin.id(), true, null),
                        new VerdictDraft(sarahsPin.id(), false, "Upkeep costs too much")));
        assertThat(recorded.text()).isEqualTo("Build benches; no fountain.");
        assertThat(recorded.recordedByName()).contains("Chen Jing");
        assertThat(recorded.polls()).extracting(p -> p.id()).containsExactly(pollId);
        assertThat(recorded.polls().get(0).options()).hasSize(2);
        assertThat(annotations.annotation(wangfangsPin.id()).status()).isEqualTo(AnnotationStatus.ACCEPTED);
        AnnotationInfo declined = annotations.annotation(sarahsPin.id());
        assertThat(declined.status()).isEqualTo(AnnotationStatus.DECLINED);
        assertThat(declined.statusReason()).isEqualTo("Upkeep costs too much");
        assertThat(unreadOf("wangfang")).as("her answer, and that the decision was recorded").isEqualTo(before + 2);

        login("sarah");
        DecisionView seen = decisions.decision(planId).orElseThrow();
        assertThat(seen.annotations()).extracting(DecisionView.Verdict::number, DecisionView.Verdict::accepted,
                DecisionView.Verdict::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(wangfangsPin.number(), true, null),
                org.assertj.core.groups.Tuple.tuple(sarahsPin.number(), false, "Upkeep costs too much"));
        login(OutsidePlanner.ensure(context));
        assertThatThrownBy(() -> decisions.decision(planId)).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void aDecisionIsRequiredBeforeThePlanLeavesDecision() {
        for (PlanPhase later : List.of(PlanPhase.IMPLEMENTATION, PlanPhase.EVALUATION, PlanPhase.CLOSED)) {
            assertRefused(() -> phases.move(planId, PlanPhase.DECISION, later, "go"), "to", "decision.error.required");
        }
        phases.move(planId, PlanPhase.DECISION, PlanPhase.CONSULTATION, "back: more consultation needed");
        phases.move(planId, PlanPhase.CONSULTATION, PlanPhase.DECISION, "again");
        assertThat(decisions.decision(planId)).isEmpty();
        decisions.record(planId, null, "Decided.", List.of(), List.of());
        phases.move(planId, PlanPhase.DECISION, PlanPhase.IMPLEMENTATION, "Works start");
        assertThat(context.getBean(PlanService.class).permissions(planId).phase())
                .isEqualTo(PlanPhase.IMPLEMENTATION);
        assertRefused(() -> decisions.record(planId, null, "Too late", List.of(), List.of()), "plan",
                "decision.error.phase");
    }

    @Test
    void badInputIsRefusedAndStoresNothing() {
        assertRefused(() -> decisions.record(planId, null, "  ", List.of(), List.of()), "text", "validation.required");
        assertRefused(() -> decisions.record(planId, null, "x".repeat(10_001), List.of(), List.of()), "text",
                "validation.too-long");
        assertRefused(() -> decisions.record(planId, null, "ok", List.of(),
                List.of(new VerdictDraft(sarahsPin.id(), false, "  "))), "annotations",
                "decision.error.reason-required");
        assertRefused(() -> decisions.record(planId, null, "ok", List.of(),
                List.of(new VerdictDraft(sarahsPin.id(), true, null), new VerdictDraft(sarahsPin.id(), false, "x"))),
                "annotations", "decision.error.duplicate-annotation");
        assertThat(decisions.decision(planId)).isEmpty();
        assertThat(annotations.annotation(sarahsPin.id()).status()).isEqualTo(AnnotationStatus.OPEN);
        decisions.record(planId, null, "x".repeat(10_000), List.of(), List.of());
    }

    @Test
    void pollsAndAnnotationsOfOtherPlansAreRefused() throws Exception {
        long otherPlan = DrawingTestSupport.newPlan(context.getBean(PlanService.class),
                context.getBean(CommunityService.class), DrawingTestSupport.CHANGHONG);
        long otherPoll = pollOf(otherPlan);
        long otherDrawing = context.getBean(DrawingService.class).upload(otherPlan, "S", TestImages.png(40, 40)).id();
        AnnotationInfo otherPin = annotations.placePin(otherDrawing, new Point(0.5, 0.5), AnnotationCategory.IDEA, "x");
        assertRefused(() -> decisions.record(planId, null, "ok", List.of(otherPoll), List.of()), "polls",
                "decision.error.foreign-poll");
        assertRefused(() -> decisions.record(planId, null, "ok", List.of(),
                List.of(new VerdictDraft(otherPin.id(), true, null))), "annotations",
                "decision.error.foreign-annotation");
        assertRefused(() -> decisions.record(planId, null, "ok", List.of(),
                List.of(new VerdictDraft(Long.MAX_VALUE, true, null))), "annotations",
                "decision.error.foreign-annotation");
        assertThat(decisions.decision(planId)).isEmpty();
        assertThat(annotations.annotation(otherPin.id()).status()).isEqualTo(AnnotationStatus.OPEN);
    }

    @Test
    void onlyPlannersOfTheCommunityRecordAndAStaleRevisionIsRefused() {
        login("sarah");
        assertThatThrownBy(() -> decisions.record(planId, null, "forged", List.of(), List.of()))
                .isInstanceOf(AccessDeniedException.class);
        login(OutsidePlanner.ensure(context));
        assertThatThrownBy(() -> decisions.record(planId, null, "forged", List.of(), List.of()))
                .isInstanceOf(ObjectNotFoundException.class);
        login("planner");
        DecisionView first = decisions.record(planId, null, "First", List.of(), List.of());
        DecisionView second = decisions.record(planId, first.version(), "Second", List.of(), List.of());
        assertThat(second.text()).isEqualTo("Second");
        assertRefused(() -> decisions.record(planId, first.version(), "From an old tab", List.of(), List.of()),
                "text", "decision.error.stale");
        assertRefused(() -> decisions.record(planId, null, "Also first", List.of(), List.of()),
                "text", "decision.error.stale");
        assertThat(decisions.decision(planId).orElseThrow().text()).isEqualTo("Second");
    }

    @Test
    void decisionPollsComeFirstWhenPickedAndInTheRecord() {
        long deciding = pollOf(planId, "Build it as proposed?", true);
        long later = pollOf(planId, "Which colour?", false);
        login("planner");
        assertThat(decisions.pollsOfPlan(planId)).extracting(p -> p.id()).containsExactly(deciding, pollId, later);
        assertThat(decisions.pollsOfPlan(planId)).extracting(p -> p.decides()).containsExactly(true, false, false);
        DecisionView recorded = decisions.record(planId, null, "Build it.", List.of(later, pollId, deciding),
                List.of());
        assertThat(recorded.polls()).extracting(p -> p.id()).containsExactly(deciding, pollId, later);
        login("sarah");
        assertThat(decisions.decision(planId).orElseThrow().polls().get(0).decides()).isTrue();
    }

    /** A closed single-choice poll with one vote in a live session of the plan (as the planner). */
    private long pollOf(long plan) {
        return pollOf(plan, "Benches or fountain?", false);
    }

    /** A closed poll (a decision poll if asked: the plan must be in DECISION) with one vote, as the planner. */
    private long pollOf(long plan, String question, boolean decides) {
        login("planner");
        SessionService sessions = context.getBean(SessionService.class);
        PollService polls = context.getBean(PollService.class);
        SessionSummary s = sessions.schedule(plan, "Decision meeting", Instant.now(),
                List.of(new AgendaItemDraft("Vote")), true);
        sessions.start(s.id());
        SessionPass host = sessions.joinAsMember(s.id());
        PollView poll = polls.create(host, question, PollKind.SINGLE, List.of("Benches", "Fountain"), null, true,
                decides);
        polls.open(host, poll.poll().id());
        polls.vote(host, poll.poll().id(), Map.of(poll.poll().options().get(0).optionId(), 1));
        polls.close(host, poll.poll().id());
        return poll.poll().id();
    }

    private long unreadOf(String username) {
        login(username);
        return context.getBean(NotificationService.class).unreadCount();
    }

    private static void assertRefused(Runnable call, String field, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors().get(field)).extracting(Message::key).isEqualTo(key));
    }
}
