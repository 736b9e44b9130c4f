package org.cohesion.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.cohesion.KaribuTest;
import org.cohesion.annotation.AnnotationCategory;
import org.cohesion.annotation.AnnotationInfo;
import org.cohesion.annotation.AnnotationService;
import org.cohesion.annotation.Point;
import org.cohesion.decision.DecisionService;
import org.cohesion.decision.VerdictDraft;
import org.cohesion.discussion.DiscussionService;
import org.cohesion.discussion.SubjectType;
import org.cohesion.evaluation.RatingService;
import org.cohesion.implementation.ImplementationService;
import org.cohesion.implementation.MilestoneDraft;
import org.cohesion.implementation.MilestoneStatus;
import org.cohesion.moderation.ContentType;
import org.cohesion.moderation.FlagReason;
import org.cohesion.moderation.ModerationService;
import org.cohesion.notification.NotificationKind;
import org.cohesion.notification.NotificationPreference;
import org.cohesion.notification.NotificationService;
import org.cohesion.notification.NotificationView;
import org.cohesion.people.CommunityService;
import org.cohesion.plan.DrawingService;
import org.cohesion.plan.DrawingTestSupport;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.PlanPhaseService;
import org.cohesion.plan.PlanService;
import org.cohesion.plan.TestImages;
import org.cohesion.proposal.ProposalDecisions;
import org.cohesion.proposal.ProposalRules;
import org.cohesion.proposal.ProposalService;
import org.cohesion.proposal.ProposalTestSupport;
import org.cohesion.ratelimit.RateLimits;
import org.cohesion.session.AgendaItemDraft;
import org.cohesion.session.SessionPass;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionSummary;
import org.cohesion.session.poll.PollKind;
import org.cohesion.session.poll.PollService;
import org.cohesion.session.poll.PollView;
import org.cohesion.synthesis.SummaryLine;
import org.cohesion.synthesis.SummaryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "What happened to my input" through the whole process: wangfang proposes, sarah and the moderator support,
 * the planner turns it into a plan; sarah pins an idea (accepted in the decision, cited in the summary), the
 * moderator's pin is hidden by flags; a decision poll informs the decision; a milestone is done; residents rate.
 * Each person's trace says what became of their own input, and nobody's trace counts hidden content of others;
 * notifications follow each person's preference.
 */
class TraceServiceTest extends KaribuTest {

    TraceService traces;
    ProposalRules before;
    long changhong;

    @BeforeEach
    void services() {
        traces = context.getBean(TraceService.class);
        login("planner");
        changhong = ProposalTestSupport.changhong(context);
        before = context.getBean(ProposalService.class).rules(changhong);
        context.getBean(ProposalService.class).updateRules(changhong, 2, 30);
    }

    @AfterEach
    void restoreRules() {
        login("planner");
        context.getBean(ProposalService.class).updateRules(changhong, before.supportThreshold(), before.openDays());
        for (String person : List.of("wangfang", "sarah", "moderator")) {
            login(person);
            context.getBean(NotificationService.class).setPreference(NotificationPreference.ALL);
        }
    }

    @Test
    void eachPersonSeesWhatBecameOfTheirInputAndNeverOthersHiddenContent() throws Exception {
        login("moderator");
        context.getBean(NotificationService.class).setPreference(NotificationPreference.MY_INPUT);
        login("wangfang");
        long proposal = ProposalTestSupport.propose(context, "Shade sails for the courtyard");
        long wangfangUnread = unread("wangfang");
        for (String supporter : List.of("sarah", "moderator")) {
            login(supporter);
            context.getBean(ProposalService.class).support(proposal);
        }
        login("planner");
        long planId = context.getBean(ProposalDecisions.class).convertToPlan(proposal);
        PlanPhaseService phases = context.getBean(PlanPhaseService.class);
        phases.move(planId, PlanPhase.PROPOSAL, PlanPhase.CONSULTATION, "Consultation opens");
        long drawing = context.getBean(DrawingService.class).upload(planId, "Site", TestImages.png(80, 80)).id();

        login("sarah");
        AnnotationService annotations = context.getBean(AnnotationService.class);
        AnnotationInfo sarahsPin = annotations.placePin(drawing, new Point(0.3, 0.3), AnnotationCategory.IDEA,
                "Sails over the benches");
        login("moderator");
        AnnotationInfo hiddenPin = annotations.placePin(drawing, new Point(0.6, 0.6), AnnotationCategory.CONCERN,
                "Ring my flat, 021 5555 0199, for the keys");
        for (String flagger : List.of("sarah", "wangfang", "planner")) {
            login(flagger);
            context.getBean(ModerationService.class).flag(ContentType.ANNOTATION, hiddenPin.id(),
                    FlagReason.PERSONAL_INFORMATION, null);
        }
        login("wangfang");
        DiscussionService discussion = context.getBean(DiscussionService.class);
        long comment = discussion.post(discussion.threadFor(planId, SubjectType.GENERAL, null).id(), null,
                "Glad this goes ahead").id();

        login("planner");
        SummaryService summaries = context.getBean(SummaryService.class);
        var draft = summaries.saveDraft(planId, null, List.of(new SummaryLine("Shade over seating is wanted.",
                List.of("annotation:" + sarahsPin.id()))));
        summaries.publish(planId, draft.version());
        phases.move(planId, PlanPhase.CONSULTATION, PlanPhase.DECISION, "Time to decide");
        long poll = decisionPoll(planId);
        context.getBean(DecisionService.class).record(planId, null, "Sails go up in spring.", List.of(poll),
                List.of(new VerdictDraft(sarahsPin.id(), true, "Cheap and quick")));
        phases.move(planId, PlanPhase.DECISION, PlanPhase.IMPLEMENTATION, "Works start");
        context.getBean(ImplementationService.class).addMilestone(planId, new MilestoneDraft("Sails installed",
                LocalDate.now().minusDays(1), LocalDate.now().minusDays(1), 100, MilestoneStatus.DONE));
        phases.move(planId, PlanPhase.IMPLEMENTATION, PlanPhase.EVALUATION, "Tell us how it works");
        for (var rating : Map.of("wangfang", 5, "sarah", 4).entrySet()) {
            login(rating.getKey());
            context.getBean(RatingService.class).rate(planId, rating.getValue(), "Nice shade");
        }

        login("wangfang");
        TracedInput proposed = find(InputKind.PROPOSAL, proposal);
        assertThat(proposed.planTitle()).startsWith("Shade sails for the courtyard");
        assertThat(kinds(proposed)).containsSubsequence(OutcomeKind.PROPOSAL_READY, OutcomeKind.BECAME_PLAN,
                OutcomeKind.PHASE_MOVED, OutcomeKind.DECISION_RECORDED, OutcomeKind.MILESTONE_DONE,
                OutcomeKind.RATINGS);
        assertThat(texts(proposed, OutcomeKind.PHASE_MOVED)).containsExactly("plan.phase.consultation",
                "plan.phase.decision", "plan.phase.implementation", "plan.phase.evaluation");
        assertThat(outcome(proposed, OutcomeKind.CONTRIBUTIONS_ON_PLAN).number())
                .as("the hidden pin is not counted in the proposer's trace").isEqualTo(1);
        assertThat(outcome(proposed, OutcomeKind.MILESTONE_DONE).text()).isEqualTo("Sails installed");
        assertThat(outcome(proposed, OutcomeKind.RATINGS).number()).isEqualTo(2);
        assertThat(outcome(proposed, OutcomeKind.RATINGS).text()).isEqualTo("4.5");
        assertThat(find(InputKind.COMMENT, comment).has(OutcomeKind.PLAN_PHASE_NOW)).isTrue();
        assertThat(kinds(find(InputKind.VOTE, poll))).contains(OutcomeKind.DECISION_POLL,
                OutcomeKind.POLL_RESULT, OutcomeKind.INFORMED_DECISION);
        assertThat(notificationKinds()).as("the proposer hears of each step").contains(
                NotificationKind.PROPOSAL_READY, NotificationKind.PROPOSAL_BECAME_PLAN, NotificationKind.PLAN_MOVED,
                NotificationKind.DECISION_RECORDED, NotificationKind.MILESTONE_DONE);
        assertThat(unread("wangfang")).isGreaterThan(wangfangUnread);

        login("sarah");
        TracedInput pin = find(InputKind.ANNOTATION, sarahsPin.id());
        assertThat(kinds(pin)).contains(OutcomeKind.ACCEPTED, OutcomeKind.DECISION_ACCEPTED,
                OutcomeKind.CITED_IN_SUMMARY, OutcomeKind.PLAN_PHASE_NOW);
        assertThat(outcome(pin, OutcomeKind.DECISION_ACCEPTED).text()).isEqualTo("Cheap and quick");
        assertThat(outcome(pin, OutcomeKind.CITED_IN_SUMMARY).number()).isEqualTo(1);
        assertThat(find(InputKind.SUPPORT, proposal).has(OutcomeKind.BECAME_PLAN)).isTrue();
        assertThat(all()).as("nobody else's input").extracting(i -> i.ref())
                .doesNotContain(new InputRef(InputKind.ANNOTATION, hiddenPin.id()));
        assertThat(notificationKinds()).contains(NotificationKind.CITED_IN_SUMMARY, NotificationKind.PLAN_MOVED);

        login("moderator");
        TracedInput hidden = find(InputKind.ANNOTATION, hiddenPin.id());
        assertThat(hidden.has(OutcomeKind.HIDDEN)).as("its author sees it, marked").isTrue();
        assertThat(notificationKinds()).as("only my input: a supporter hears of the plan it became")
                .contains(NotificationKind.PROPOSAL_BECAME_PLAN, NotificationKind.PLAN_MOVED);
    }

    @Test
    void preferencesDecideWhoHearsOfAPlansProgress() throws Exception {
        login("wangfang");
        long proposal = ProposalTestSupport.propose(context, "A reading corner");
        login("sarah");
        context.getBean(NotificationService.class).setPreference(NotificationPreference.NONE);
        context.getBean(ProposalService.class).support(proposal);
        login("planner");
        context.getBean(ProposalService.class).support(proposal);
        login("moderator");
        context.getBean(NotificationService.class).setPreference(NotificationPreference.MY_INPUT);
        long moderatorBefore = count("moderator");
        long sarahBefore = count("sarah");
        login("planner");
        long planId = context.getBean(ProposalDecisions.class).convertToPlan(proposal);
        context.getBean(PlanPhaseService.class).move(planId, PlanPhase.PROPOSAL, PlanPhase.CONSULTATION, "Open");
        long drawing = context.getBean(DrawingService.class).upload(planId, "Site", TestImages.png(40, 40)).id();
        login("moderator");
        context.getBean(AnnotationService.class).placePin(drawing, new Point(0.5, 0.5), AnnotationCategory.IDEA,
                "Shelves please");
        login("planner");
        context.getBean(PlanPhaseService.class).move(planId, PlanPhase.CONSULTATION, PlanPhase.DECISION, "Decide");

        assertThat(count("sarah")).as("NONE: nothing at all").isEqualTo(sarahBefore);
        login("moderator");
        assertThat(count("moderator")).as("MY_INPUT: a mere participant hears nothing of phase moves")
                .isEqualTo(moderatorBefore);
        context.getBean(NotificationService.class).setPreference(NotificationPreference.ALL);
        login("planner");
        context.getBean(PlanPhaseService.class).move(planId, PlanPhase.DECISION, PlanPhase.CONSULTATION, "Back");
        assertThat(count("moderator")).as("ALL: the progress of plans I took part in").isEqualTo(moderatorBefore + 1);
        login("wangfang");
        assertThat(notificationKinds()).contains(NotificationKind.PROPOSAL_READY,
                NotificationKind.PROPOSAL_BECAME_PLAN, NotificationKind.PLAN_MOVED);
    }

    @Test
    void theTracePagesByKeysetWithoutGapsOrRepeats() throws Exception {
        login("planner");
        long planId = DrawingTestSupport.newPlan(context.getBean(PlanService.class),
                context.getBean(CommunityService.class), DrawingTestSupport.CHANGHONG);
        login("sarah");
        DiscussionService discussion = context.getBean(DiscussionService.class);
        long thread = discussion.threadFor(planId, SubjectType.GENERAL, null).id();
        List<Long> posted = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            context.getBean(RateLimits.class).reset();
            posted.add(discussion.post(thread, null, "Comment " + i).id());
        }
        List<InputRef> seen = new ArrayList<>();
        TraceCursor cursor = null;
        Instant previous = Instant.MAX;
        do {
            TracePage page = traces.myInputs(cursor, 3);
            for (TracedInput input : page.inputs()) {
                assertThat(input.at()).isBeforeOrEqualTo(previous);
                previous = input.at();
                seen.add(input.ref());
            }
            cursor = page.next();
        } while (cursor != null);
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).containsAll(posted.stream().map(id -> new InputRef(InputKind.COMMENT, id)).toList());
        List<InputRef> newestFirst = new ArrayList<>(posted.stream().map(id -> new InputRef(InputKind.COMMENT, id))
                .toList());
        Collections.reverse(newestFirst);
        assertThat(seen.subList(0, 7)).as("newest first").containsExactlyElementsOf(newestFirst);
    }

    private long decisionPoll(long planId) {
        SessionService sessions = context.getBean(SessionService.class);
        PollService polls = context.getBean(PollService.class);
        SessionSummary s = sessions.schedule(planId, "Decision meeting", Instant.now(),
                List.of(new AgendaItemDraft("Vote")), true);
        sessions.start(s.id());
        SessionPass host = sessions.joinAsMember(s.id());
        PollView poll = polls.create(host, "Sails as proposed?", PollKind.SINGLE, List.of("Yes", "No"), null, false,
                true);
        polls.open(host, poll.poll().id());
        login("wangfang");
        SessionPass resident = sessions.joinAsMember(s.id());
        polls.vote(resident, poll.poll().id(), Map.of(poll.poll().options().get(0).optionId(), 1));
        login("planner");
        polls.close(host, poll.poll().id());
        sessions.end(s.id());
        return poll.poll().id();
    }

    private List<TracedInput> all() {
        return TraceFixture.allInputs(traces);
    }

    private TracedInput find(InputKind kind, long id) {
        return all().stream().filter(i -> i.ref().equals(new InputRef(kind, id))).findFirst().orElseThrow();
    }

    private static List<OutcomeKind> kinds(TracedInput input) {
        return input.outcomes().stream().map(Outcome::kind).toList();
    }

    private static List<String> texts(TracedInput input, OutcomeKind kind) {
        return input.outcomes().stream().filter(o -> o.kind() == kind).map(Outcome::text).toList();
    }

    private static Outcome outcome(TracedInput input, OutcomeKind kind) {
        return input.outcomes().stream().filter(o -> o.kind() == kind).findFirst().orElseThrow();
    }

    private List<NotificationKind> notificationKinds() {
        return context.getBean(NotificationService.class).latest(0, 100).stream().map(NotificationView::kind)
                .toList();
    }

    private long unread(String person) {
        login(person);
        return context.getBean(NotificationService.class).unreadCount();
    }

    private long count(String person) {
        login(person);
        return context.getBean(NotificationService.class).latest(0, 100).size();
    }
}
