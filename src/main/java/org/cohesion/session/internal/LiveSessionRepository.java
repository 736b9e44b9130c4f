package org.cohesion.session.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.cohesion.session.LiveSession;
import org.cohesion.session.SessionStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LiveSessionRepository extends JpaRepository<LiveSession, Long> {

    Optional<LiveSession> findByJoinCode(String joinCode);

    boolean existsByJoinCode(String joinCode);

    List<LiveSession> findByPlanIdOrderByStartsAtDescIdDesc(long planId);

    /** Sessions in the given status of plans of the given communities, with the plan's title, by start time. */
    @Query("""
            select s, p.title from LiveSession s, org.cohesion.plan.Plan p
            where p.id = s.planId and p.communityId in :communities and s.status = :status
            order by s.startsAt, s.id""")
    List<Object[]> findWithPlanTitle(@Param("communities") Collection<Long> communities,
                                     @Param("status") SessionStatus status);
}
