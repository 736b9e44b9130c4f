package org.cohesion.implementation.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.cohesion.implementation.StatusUpdate;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StatusUpdateRepository extends JpaRepository<StatusUpdate, Long> {

    List<StatusUpdate> findByPlanIdOrderByIdDesc(long planId, Pageable page);

    long countByPlanId(long planId);
}
