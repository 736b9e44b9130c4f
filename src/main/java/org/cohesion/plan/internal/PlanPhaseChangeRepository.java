package org.cohesion.plan.internal;

import java.util.List;
import org.cohesion.plan.PlanPhaseChange;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanPhaseChangeRepository extends JpaRepository<PlanPhaseChange, Long> {

    List<PlanPhaseChange> findByPlanIdOrderByIdAsc(long planId, Limit limit);
}
