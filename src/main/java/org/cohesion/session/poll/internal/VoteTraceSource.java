package org.cohesion.session.poll.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cohesion.session.LiveSession;
import org.cohesion.session.poll.PollKind;
import org.cohesion.session.poll.PollStatus;
import org.cohesion.session.poll.SessionPoll;
import org.cohesion.session.poll.SessionPollOption;
import org.cohesion.trace.InputKind;
import org.cohesion.trace.InputRef;
import org.cohesion.trace.InputTraceSource;
import org.cohesion.trace.Outcome;
import org.cohesion.trace.OutcomeKind;
import org.cohesion.trace.TraceCursor;
import org.cohesion.trace.TracedInput;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The polls a member voted in during live sessions: still open, or which option(s) came first. */
@Component
class VoteTraceSource implements InputTraceSource {

    private final VoteTraceRepository votes;
    private final SessionPollOptionRepository options;

    VoteTraceSource(VoteTraceRepository votes, SessionPollOptionRepository options) {
        this.votes = votes;
        this.options = options;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TracedInput> inputsOf(long userId, TraceCursor.Bound before, int limit) {
        List<TracedInput> traced = new ArrayList<>();
        for (Object[] row : votes.votesBefore(userId, before.at(), before.id(), Limit.of(limit))) {
            SessionPoll poll = (SessionPoll) row[1];
            LiveSession session = (LiveSession) row[2];
            traced.add(new TracedInput(new InputRef(InputKind.VOTE, poll.getId()), (Instant) row[0],
                    session.getPlanId(), null, null, TracedInput.firstWords(poll.getQuestion()),
                    "sessions/" + session.getId(), outcomes(poll)));
        }
        return traced;
    }

    private List<Outcome> outcomes(SessionPoll poll) {
        List<Outcome> outcomes = new ArrayList<>();
        if (poll.isDecides()) {
            outcomes.add(Outcome.of(OutcomeKind.DECISION_POLL, poll.getCreatedAt(), null, null));
        }
        outcomes.add(poll.getStatus() != PollStatus.CLOSED ? Outcome.of(OutcomeKind.POLL_OPEN, null, null, null)
                : new Outcome(OutcomeKind.POLL_RESULT, poll.getClosedAt(), null, null, leaders(poll), null));
        return outcomes;
    }

    /** The label(s) of the option(s) with the most votes (dots for dot-voting), joined by " / ". */
    private String leaders(SessionPoll poll) {
        Map<Long, Long> score = new HashMap<>();
        for (Object[] r : options.counts(poll.getId())) {
            long value = ((Number) (poll.getKind() == PollKind.DOTS ? r[2] : r[1])).longValue();
            score.put(((Number) r[0]).longValue(), value);
        }
        long best = score.values().stream().mapToLong(Long::longValue).max().orElse(0);
        if (best == 0) {
            return "";
        }
        return options.findByPollIdOrderByPosition(poll.getId()).stream()
                .filter(o -> score.getOrDefault(o.getId(), 0L) == best)
                .map(SessionPollOption::getLabel).collect(Collectors.joining(" / "));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> peopleWithInputOn(long planId) {
        return new HashSet<>(votes.votersOn(planId));
    }
}
