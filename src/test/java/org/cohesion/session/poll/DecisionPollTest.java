package org.cohesion.session.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cohesion.base.Message;
import org.cohesion.base.ValidationException;
import org.cohesion.discussion.DiscussionTestSupport;
import org.cohesion.plan.PhaseFixture;
import org.cohesion.plan.PlanPhase;
import org.cohesion.session.SessionPass;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionSummary;
import org.cohesion.session.SessionTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Decision polls follow the plan's phase: created, opened and voted in only while the plan is in DECISION. */
@SpringBootTest
class DecisionPollTest {

    private static final List<String> AB = List.of("Build it 建", "Wait 等");
    private static final Message PHASE = new Message(PollService.DECISION_PHASE);

    @Autowired
    ApplicationContext context;

    @Autowired
    SessionService sessions;

    @Autowired
    PollService polls;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aDecisionPollOutsideTheDecisionPhaseIsRefusedAndNothingIsStored() {
        SessionSummary s = SessionTestSupport.liveSession(context);
        SessionPass host = sessions.joinAsMember(s.id());
        assertThat(PhaseFixture.current(s.planId())).isEqualTo(PlanPhase.CONSULTATION);
        assertThat(polls.decisionPhase(host)).isFalse();

        assertThat(errors(() -> polls.create(host, "Decide? 决定？", PollKind.SINGLE, AB, null, true, true)))
                .containsExactly(Map.entry("decides", PHASE));
        assertThat(polls.polls(host).polls()).isEmpty();

        // ordinary polls are unaffected
        PollView ordinary = polls.create(host, "Which bench?", PollKind.SINGLE, AB, null, true, false);
        assertThat(ordinary.poll().decides()).isFalse();
        polls.open(host, ordinary.poll().id());
        polls.vote(host, ordinary.poll().id(), Map.of(ordinary.poll().options().get(0).optionId(), 1));
        assertThat(polls.polls(host).polls()).extracting(v -> v.poll().ballots()).containsExactly(1);
    }

    @Test
    void inTheDecisionPhaseADecisionPollIsCreatedOpenedAndVotedIn() {
        SessionSummary s = SessionTestSupport.liveSession(context);
        PhaseFixture.moveTo(s.planId(), PlanPhase.DECISION);
        SessionPass host = sessions.joinAsMember(s.id());
        assertThat(polls.decisionPhase(host)).isTrue();

        PollView created = polls.create(host, "Decide? 决定？", PollKind.SINGLE, AB, null, true, true);
        assertThat(created.poll().decides()).isTrue();
        long id = created.poll().id();
        assertThat(polls.open(host, id).decides()).isTrue();
        logout();
        SessionPass guest = sessions.joinAsGuest(s.joinCode(), "Guest 访客");
        assertThat(polls.decisionPhase(guest)).isTrue();
        PollView voted = polls.vote(guest, id, Map.of(created.poll().options().get(1).optionId(), 1));
        assertThat(voted.poll().ballots()).isEqualTo(1);
        assertThat(voted.poll().decides()).isTrue();

        DiscussionTestSupport.login(context, "planner");
        assertThat(polls.putToParticipants(s.id())).singleElement()
                .satisfies(p -> assertThat(p.decides()).isTrue());
    }

    @Test
    void afterThePlanLeftTheDecisionPhaseDecisionPollsNeitherOpenNorTakeVotes() {
        SessionSummary s = SessionTestSupport.liveSession(context);
        PhaseFixture.moveTo(s.planId(), PlanPhase.DECISION);
        SessionPass host = sessions.joinAsMember(s.id());
        long draft = polls.create(host, "Later 以后", PollKind.SINGLE, AB, null, true, true).poll().id();
        PollView open = polls.create(host, "Now 现在", PollKind.MULTIPLE, AB, null, true, true);
        polls.open(host, open.poll().id());
        logout();
        SessionPass guest = sessions.joinAsGuest(s.joinCode(), "Guest 访客");

        DiscussionTestSupport.login(context, "planner");
        PhaseFixture.moveTo(s.planId(), PlanPhase.IMPLEMENTATION);
        assertThat(polls.decisionPhase(host)).isFalse();
        assertThat(errors(() -> polls.open(host, draft))).containsExactly(Map.entry("poll", PHASE));
        assertThat(polls.results(host, draft).status()).isEqualTo(PollStatus.DRAFT);
        assertThat(errors(() -> polls.create(host, "Again", PollKind.SINGLE, AB, null, true, true)))
                .containsExactly(Map.entry("decides", PHASE));

        logout();
        long option = open.poll().options().get(0).optionId();
        assertThat(errors(() -> polls.vote(guest, open.poll().id(), Map.of(option, 1))))
                .containsExactly(Map.entry("poll", PHASE));
        assertThat(polls.results(guest, open.poll().id()).ballots()).isZero();

        // the host may still close it, and ordinary polls go on as before
        DiscussionTestSupport.login(context, "planner");
        assertThat(polls.close(host, open.poll().id()).status()).isEqualTo(PollStatus.CLOSED);
        PollView ordinary = polls.create(host, "Which colour?", PollKind.SINGLE, AB, null, true);
        polls.open(host, ordinary.poll().id());
        logout();
        assertThat(polls.vote(guest, ordinary.poll().id(), Map.of(ordinary.poll().options().get(0).optionId(), 1))
                .poll().ballots()).isEqualTo(1);
        DiscussionTestSupport.login(context, "planner");
        assertThat(polls.polls(host).polls()).hasSize(3);
    }

    private static Map<String, Message> errors(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            return e.fieldErrors();
        }
        throw new AssertionError("not refused");
    }
}
