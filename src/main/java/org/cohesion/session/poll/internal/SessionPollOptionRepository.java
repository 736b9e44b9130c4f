package org.cohesion.session.poll.internal;

import java.util.Collection;
import java.util.List;
import org.cohesion.session.poll.SessionPollOption;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SessionPollOptionRepository extends JpaRepository<SessionPollOption, Long> {

    List<SessionPollOption> findByPollIdOrderByPosition(long pollId);

    List<SessionPollOption> findByPollIdInOrderByPollIdAscPositionAsc(Collection<Long> pollIds);

    /**
     * A poll's options in order with their results, in one statement so that the numbers agree with each other:
     * option id, ballots choosing it, its dots, and the poll's number of ballots (the same on every row).
     */
    @Query(nativeQuery = true, value = """
            select o.id,
              (select count(*) from session_poll_vote v where v.option_id = o.id),
              (select coalesce(sum(v.dots), 0) from session_poll_vote v where v.option_id = o.id),
              (select count(*) from session_poll_ballot b where b.poll_id = o.poll_id)
            from session_poll_option o where o.poll_id = :poll order by o.position""")
    List<Object[]> counts(@Param("poll") long pollId);
}
