package org.cohesion.session.poll;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.cohesion.base.Transactions;
import org.cohesion.session.SessionEvent;
import org.cohesion.session.SessionStatus;
import org.cohesion.session.poll.internal.SessionPollRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Closes a session's open polls when the session ends (its {@link SessionEvent.StateChanged} says ENDED), so the
 * session record holds final results and nobody votes in an ended session. Runs in the host's request after the
 * end is stored; catches and logs everything, so a failure here never refuses ending the session.
 */
@Component
class PollsOnSessionEnd {

    private static final Logger log = LoggerFactory.getLogger(PollsOnSessionEnd.class);

    private final SessionPollRepository polls;
    private final PollSnapshots snapshots;
    private final Transactions transactions;
    private final Clock clock;

    PollsOnSessionEnd(SessionPollRepository polls, PollSnapshots snapshots, Transactions transactions, Clock clock) {
        this.polls = polls;
        this.snapshots = snapshots;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    public void sessionChanged(SessionEvent.StateChanged event) {
        if (event.state().status() != SessionStatus.ENDED) {
            return;
        }
        try {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            List<Long> closed = transactions.writeSeparately(() -> {
                List<SessionPoll> open = polls.findBySessionIdAndStatus(event.sessionId(), PollStatus.OPEN);
                open.forEach(p -> p.close(now));
                polls.flush();
                return open.stream().map(SessionPoll::getId).toList();
            });
            closed.forEach(snapshots::publish);
        } catch (RuntimeException e) {
            log.warn("Could not close the open polls of ended session {}", event.sessionId(), e);
        }
    }
}
