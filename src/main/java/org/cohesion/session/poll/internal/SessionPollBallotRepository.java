package org.cohesion.session.poll.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.cohesion.session.poll.SessionPollBallot;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SessionPollBallotRepository extends JpaRepository<SessionPollBallot, Long> {

    boolean existsByPollIdAndParticipantId(long pollId, long participantId);

    /** A participant's ballots in some polls, with their votes. */
    @Query("""
            select distinct b from SessionPollBallot b left join fetch b.votes
            where b.participantId = :participant and b.pollId in :polls""")
    List<SessionPollBallot> ballotsOf(@Param("participant") long participantId,
                                      @Param("polls") Collection<Long> pollIds);

    default Optional<SessionPollBallot> ballotOf(long participantId, long pollId) {
        return ballotsOf(participantId, List.of(pollId)).stream().findFirst();
    }

    long countByPollId(long pollId);
}
