package org.cohesion.plan.internal;

import java.util.List;
import org.cohesion.plan.PlanDrawing;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanDrawingRepository extends JpaRepository<PlanDrawing, Long> {

    List<PlanDrawing> findByPlanIdOrderByIdAsc(long planId);

    long countByPlanId(long planId);
}
