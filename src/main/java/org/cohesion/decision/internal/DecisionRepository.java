package org.cohesion.decision.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.cohesion.decision.Decision;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DecisionRepository extends JpaRepository<Decision, Long> {

    Optional<Decision> findByPlanId(long planId);

    boolean existsByPlanId(long planId);

    List<Decision> findByPlanIdIn(Collection<Long> planIds);
}
