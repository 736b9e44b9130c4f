package org.cohesion.session.poll.internal;

import java.util.List;
import org.cohesion.session.poll.PollStatus;
import org.cohesion.session.poll.SessionPoll;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SessionPollRepository extends JpaRepository<SessionPoll, Long> {

    /** A session's polls, newest first. */
    List<SessionPoll> findBySessionIdOrderByIdDesc(long sessionId);

    List<SessionPoll> findBySessionIdAndStatus(long sessionId, PollStatus status);
}
