package org.cohesion.synthesis.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SummaryDraftRepository extends JpaRepository<SummaryDraftEntity, Long> {

    Optional<SummaryDraftEntity> findByPlanId(long planId);
}
