package org.cohesion.plan.internal;

import java.util.List;
import java.util.Optional;
import org.cohesion.plan.PlanRevision;
import org.cohesion.base.OffsetLimit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PlanRevisionRepository extends JpaRepository<PlanRevision, Long> {

    Optional<PlanRevision> findFirstByPlanIdOrderByNumberDesc(long planId);

    Optional<PlanRevision> findByPlanIdAndNumber(long planId, int number);

    List<PlanRevision> findByPlanIdOrderByNumberDesc(long planId);

    int countByPlanIdAndRestoredFromIsNotNull(long planId);

    long countByPlanId(long planId);

    /** One page of a plan's revisions, newest first (pass an {@link OffsetLimit}). */
    @Query("select r from PlanRevision r where r.planId = :planId order by r.number desc")
    List<PlanRevision> findPage(@Param("planId") long planId, Pageable page);
}
