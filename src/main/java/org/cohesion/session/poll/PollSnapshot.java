package org.cohesion.session.poll;

import java.time.Instant;
import java.util.List;
import org.cohesion.session.Participant;

/**
 * Everything anyone may know about one poll at one moment: question, kind, status and results (nobody's ballot);
 * {@code decides}: a decision poll, meant as the plan's decision.
 * What open rooms receive after each change. {@code seq} grows with every change of what the snapshot shows
 * (its status, then its number of ballots, which never shrinks), so a room keeps whichever snapshot has the
 * highest seq, in whatever order they arrive.
 */
public record PollSnapshot(long id, long sessionId, String question, PollKind kind, Integer dots,
                           boolean openToGuests, boolean decides, PollStatus status, Instant createdAt,
                           Instant openedAt, Instant closedAt, int ballots, int totalDots,
                           List<PollOptionResult> options, long seq) {

    public PollSnapshot {
        options = List.copyOf(options);
    }

    /** The seq of a poll with this status and this many ballots. */
    public static long seqOf(PollStatus status, int ballots) {
        return ((long) status.ordinal() << 32) | ballots;
    }

    /**
     * Whether this participant may see the poll: hosts see all, others no drafts, guests only polls open to
     * guests.
     */
    public boolean shownTo(Participant who) {
        if (who.host()) {
            return true;
        }
        return status != PollStatus.DRAFT && (openToGuests || !who.guest());
    }
}
