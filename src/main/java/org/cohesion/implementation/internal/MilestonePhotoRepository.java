package org.cohesion.implementation.internal;

import java.util.Collection;
import java.util.List;
import org.cohesion.implementation.MilestonePhoto;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MilestonePhotoRepository extends JpaRepository<MilestonePhoto, Long> {

    List<MilestonePhoto> findByMilestoneIdInOrderByIdAsc(Collection<Long> milestoneIds);

    long countByMilestoneId(long milestoneId);
}
