package org.cohesion.session.poll;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cohesion.base.Transactions;
import org.cohesion.session.poll.internal.SessionPollOptionRepository;
import org.cohesion.session.poll.internal.SessionPollRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Reads a poll's snapshot (the poll with its results) and publishes it as {@link PollsChanged}. Results are
 * counted by the database in one statement per poll, so the ballots and the per-option numbers of a snapshot
 * always agree. A plain component, not the service: the session-end listener uses it too.
 */
@Component
class PollSnapshots {

    private final SessionPollRepository polls;
    private final SessionPollOptionRepository options;
    private final Transactions transactions;
    private final ApplicationEventPublisher events;

    PollSnapshots(SessionPollRepository polls, SessionPollOptionRepository options, Transactions transactions,
                  ApplicationEventPublisher events) {
        this.polls = polls;
        this.options = options;
        this.transactions = transactions;
        this.events = events;
    }

    /** The current snapshot of a poll, read in a transaction of its own. */
    PollSnapshot read(long pollId) {
        return transactions.read(() -> of(polls.findById(pollId).orElseThrow()));
    }

    /** Reads the poll's snapshot and publishes it (call after the change is committed); returns it. */
    PollSnapshot publish(long pollId) {
        PollSnapshot snapshot = read(pollId);
        events.publishEvent(new PollsChanged(snapshot));
        return snapshot;
    }

    /** The snapshot of a poll, inside the caller's transaction. */
    PollSnapshot of(SessionPoll poll) {
        List<SessionPollOption> opts = options.findByPollIdOrderByPosition(poll.getId());
        Map<Long, long[]> counts = new HashMap<>();
        long ballots = 0;
        for (Object[] row : options.counts(poll.getId())) {
            counts.put(number(row[0]), new long[] {number(row[1]), number(row[2])});
            ballots = number(row[3]);
        }
        return snapshot(poll, opts, counts, (int) ballots);
    }

    /**
     * The snapshot of a poll from its counts (option id → {ballots choosing it, dots}): percentages of the ballots
     * for single and multiple choice, of all dots given for dot-voting.
     */
    static PollSnapshot snapshot(SessionPoll poll, List<SessionPollOption> opts, Map<Long, long[]> counts,
                                 int ballots) {
        int totalDots = 0;
        for (SessionPollOption o : opts) {
            totalDots += (int) counts.getOrDefault(o.getId(), new long[2])[1];
        }
        boolean dots = poll.getKind() == PollKind.DOTS;
        int base = dots ? totalDots : ballots;
        List<PollOptionResult> results = new ArrayList<>(opts.size());
        for (SessionPollOption o : opts) {
            long[] c = counts.getOrDefault(o.getId(), new long[2]);
            int votes = (int) c[0];
            int optionDots = (int) c[1];
            int value = dots ? optionDots : votes;
            double percent = base == 0 ? 0 : value * 100.0 / base;
            results.add(new PollOptionResult(o.getId(), o.getPosition(), o.getLabel(), votes, optionDots, percent));
        }
        return new PollSnapshot(poll.getId(), poll.getSessionId(), poll.getQuestion(), poll.getKind(),
                poll.getDots(), poll.isOpenToGuests(), poll.isDecides(), poll.getStatus(), poll.getCreatedAt(),
                poll.getOpenedAt(), poll.getClosedAt(), ballots, totalDots, results,
                PollSnapshot.seqOf(poll.getStatus(), ballots));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
