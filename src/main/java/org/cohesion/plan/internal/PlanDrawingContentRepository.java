package org.cohesion.plan.internal;

import org.cohesion.plan.PlanDrawingContent;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanDrawingContentRepository extends JpaRepository<PlanDrawingContent, Long> {
}
