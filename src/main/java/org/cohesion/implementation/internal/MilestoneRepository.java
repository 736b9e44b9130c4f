package org.cohesion.implementation.internal;

import java.util.Collection;
import java.util.List;
import org.cohesion.implementation.Milestone;
import org.cohesion.implementation.MilestoneStatus;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    List<Milestone> findByPlanIdOrderByTargetDateAscIdAsc(long planId, Limit limit);

    long countByPlanId(long planId);

    List<Milestone> findByPlanIdInAndStatus(Collection<Long> planIds, MilestoneStatus status);
}
