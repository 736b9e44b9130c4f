package org.cohesion.annotation.internal;

import java.util.List;
import java.util.Optional;
import org.cohesion.annotation.AnnotationCategory;
import org.cohesion.annotation.AnnotationStatus;
import org.cohesion.annotation.SiteAnnotation;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AnnotationRepository extends JpaRepository<SiteAnnotation, Long> {

    @Query("select coalesce(max(a.number), 0) from SiteAnnotation a where a.planId = :planId")
    int maxNumber(@Param("planId") long planId);

    Optional<SiteAnnotation> findByIdAndDeletedFalse(long id);

    @Query("""
            select a from SiteAnnotation a where a.planId = :planId and a.deleted = false
              and (:drawingId is null or a.drawingId = :drawingId) and (:category is null or a.category = :category) and (:status is null or a.status = :status)
            order by a.number asc""")
    List<SiteAnnotation> search(@Param("planId") long planId, @Param("drawingId") Long drawingId,
                                 @Param("category") AnnotationCategory category,
                                @Param("status") AnnotationStatus status, Pageable page);

    @Query("""
            select count(a) from SiteAnnotation a where a.planId = :planId and a.deleted = false
              and (:drawingId is null or a.drawingId = :drawingId) and (:category is null or a.category = :category) and (:status is null or a.status = :status)""")
    long countSearch(@Param("planId") long planId, @Param("drawingId") Long drawingId,
                      @Param("category") AnnotationCategory category,
                     @Param("status") AnnotationStatus status);
}
