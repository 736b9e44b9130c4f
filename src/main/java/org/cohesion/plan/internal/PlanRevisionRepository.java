package org.cohesion.plan.internal;

import java.util.List;
import java.util.Optional;
import org.cohesion.plan.PlanRevision;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanRevisionRepository extends JpaRepository<PlanRevision, Long> {

    Optional<PlanRevision> findFirstByPlanIdOrderByNumberDesc(long planId);

    Optional<PlanRevision> findByPlanIdAndNumber(long planId, int number);

    List<PlanRevision> findByPlanIdOrderByNumberDesc(long planId);

    int countByPlanIdAndRestoredFromIsNotNull(long planId);
}
