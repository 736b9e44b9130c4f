package org.cohesion.session.poll;

/**
 * Published (as a Spring application event) after a change to a poll is committed — created, opened, closed, a
 * ballot cast — with a snapshot of the poll, so that open rooms update their bars without re-reading the
 * database. The poll UI forwards it to the session's Collaboration Engine topic (key {@code polls}). A room
 * ignores a snapshot whose {@code seq} is not above what it shows.
 */
public record PollsChanged(long sessionId, long pollId, PollSnapshot poll, long seq) {

    public PollsChanged(PollSnapshot poll) {
        this(poll.sessionId(), poll.id(), poll, poll.seq());
    }
}
