package org.cohesion.session.poll.internal;

import java.time.Instant;
import java.util.List;
import org.cohesion.session.poll.SessionPollBallot;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The polls a member voted in, as their trace reads them. */
public interface VoteTraceRepository extends Repository<SessionPollBallot, Long> {

    /** Ballot time, poll and session of a member's votes older than (at, poll id), newest first. */
    @Query("""
            select b.castAt, p, s from SessionPollBallot b, SessionParticipant sp, SessionPoll p, LiveSession s
            where b.participantId = sp.id and sp.userId = :user and p.id = b.pollId and s.id = p.sessionId
            and (b.castAt < :at or (b.castAt = :at and p.id < :id))
            order by b.castAt desc, p.id desc""")
    List<Object[]> votesBefore(@Param("user") long user, @Param("at") Instant at, @Param("id") long id, Limit limit);

    @Query("""
            select distinct sp.userId from SessionPollBallot b, SessionParticipant sp, LiveSession s
            where b.participantId = sp.id and sp.userId is not null and s.id = sp.sessionId and s.planId = :plan""")
    List<Long> votersOn(@Param("plan") long planId);
}
