package org.cohesion.session.poll.internal;

import java.util.List;
import org.cohesion.plan.PlanPhase;
import org.cohesion.session.poll.PollStatus;
import org.cohesion.session.poll.SessionPoll;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SessionPollRepository extends JpaRepository<SessionPoll, Long> {

    /** A session's polls, newest first. */
    List<SessionPoll> findBySessionIdOrderByIdDesc(long sessionId);

    List<SessionPoll> findBySessionIdAndStatus(long sessionId, PollStatus status);

    /** The phase the session's plan is in now. */
    @Query("select p.phase from Plan p, LiveSession s where s.id = :session and p.id = s.planId")
    PlanPhase phaseOfPlan(@Param("session") long sessionId);
}
