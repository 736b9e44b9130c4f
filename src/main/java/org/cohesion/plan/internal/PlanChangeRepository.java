package org.cohesion.plan.internal;

import java.util.Collection;
import java.util.List;
import org.cohesion.plan.PlanChange;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PlanChangeRepository extends JpaRepository<PlanChange, Long> {

    List<PlanChange> findByPlanIdOrderByIdAsc(long planId);

    List<PlanChange> findByRevisionIdOrderByIdAsc(long revisionId);

    long countByPlanId(long planId);

    /** Pairs of (revision id, field) for the fields each of the given revisions changed. */
    @Query("select distinct c.revisionId, c.field from PlanChange c where c.revisionId in :revisionIds")
    List<Object[]> fieldsOfRevisions(@Param("revisionIds") Collection<Long> revisionIds);

    /**
     * The id of the last change of each field up to and including revision {@code number}: replaying the
     * history up to there ends with these. Changes of a plan are committed one transaction at a time (the
     * plan's optimistic lock), so their ids follow the order of the history.
     */
    @Query("""
            select max(c.id) from PlanChange c join PlanRevision r on r.id = c.revisionId
            where c.planId = :planId and r.planId = :planId and r.number <= :number
            group by c.field""")
    List<Long> lastChangeIdsUpTo(@Param("planId") long planId, @Param("number") int number);
}
