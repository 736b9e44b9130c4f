package org.cohesion.demo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.session.AgendaItemDraft;
import org.cohesion.session.SessionPass;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionSummary;
import org.cohesion.session.poll.PollKind;
import org.cohesion.session.poll.PollService;
import org.cohesion.session.poll.PollView;
import org.springframework.stereotype.Component;

/**
 * The residents' council of a demo plan in its decision phase: a finished session with a decision poll that the
 * plan's residents voted in, so the decision record can cite it and voters' start pages show what it decided.
 */
@Component
class DemoDecisionPoll {

    private static final List<String> VOTERS = List.of("wangfang", "sarah", "liming", "moderator");

    private final SessionService sessions;
    private final PollService polls;
    private final DemoSignIn signIn;

    DemoDecisionPoll(SessionService sessions, PollService polls, DemoSignIn signIn) {
        this.sessions = sessions;
        this.polls = polls;
        this.signIn = signIn;
    }

    /** Holds the council as the demo planner; returns the closed decision poll's id, the planner signed in. */
    long hold(long planId) {
        signIn.as("planner");
        SessionSummary session = sessions.schedule(planId, "居民议事会：方案表决 Residents' council: the vote",
                Instant.now(), List.of(new AgendaItemDraft("表决 The vote")), false);
        sessions.start(session.id());
        SessionPass host = sessions.joinAsMember(session.id());
        PollView poll = polls.create(host, "按修改后的方案分两期实施？Build the revised design in two stages?",
                PollKind.SINGLE, List.of("同意 Yes", "不同意 No", "需要再讨论 Discuss it again"), null, false, true);
        long pollId = poll.poll().id();
        polls.open(host, pollId);
        for (int i = 0; i < VOTERS.size(); i++) {
            signIn.as(VOTERS.get(i));
            try {
                SessionPass pass = sessions.joinAsMember(session.id());
                polls.vote(pass, pollId, Map.of(poll.poll().options().get(i == 3 ? 2 : 0).optionId(), 1));
            } catch (ObjectNotFoundException | org.springframework.security.access.AccessDeniedException e) {
                // not a member of this plan's community
            }
        }
        signIn.as("planner");
        polls.close(host, pollId);
        sessions.end(session.id());
        return pollId;
    }
}
