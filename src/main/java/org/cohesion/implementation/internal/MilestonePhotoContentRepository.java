package org.cohesion.implementation.internal;

import org.cohesion.implementation.MilestonePhotoContent;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MilestonePhotoContentRepository extends JpaRepository<MilestonePhotoContent, Long> {
}
