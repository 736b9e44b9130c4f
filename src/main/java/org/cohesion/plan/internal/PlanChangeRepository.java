package org.cohesion.plan.internal;

import java.util.List;
import org.cohesion.plan.PlanChange;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanChangeRepository extends JpaRepository<PlanChange, Long> {

    List<PlanChange> findByPlanIdOrderByIdAsc(long planId);

    List<PlanChange> findByRevisionIdOrderByIdAsc(long revisionId);

    long countByPlanId(long planId);
}
