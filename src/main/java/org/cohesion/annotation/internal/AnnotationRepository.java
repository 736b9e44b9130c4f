package org.cohesion.annotation.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.cohesion.annotation.AnnotationCategory;
import org.cohesion.annotation.AnnotationShape;
import org.cohesion.annotation.AnnotationStatus;
import org.cohesion.annotation.SiteAnnotation;
import org.cohesion.moderation.Visibility;
import org.cohesion.plan.PlanField;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AnnotationRepository extends JpaRepository<SiteAnnotation, Long> {

    @Query("select coalesce(max(a.number), 0) from SiteAnnotation a where a.planId = :planId")
    int maxNumber(@Param("planId") long planId);

    Optional<SiteAnnotation> findByIdAndDeletedFalse(long id);

    /** Visible annotations, the viewer's own and, for moderators ({@code all}), every one. */
    String SEEN = "(a.moderation = org.cohesion.moderation.Visibility.VISIBLE or a.authorId = :me"
            + " or :all = true)";

    /** The live remarks on one text of a plan that the viewer sees, by number. */
    @Query("select a from SiteAnnotation a where a.planId = :planId and a.textField = :field and a.deleted = false"
            + " and " + SEEN + " order by a.number")
    List<SiteAnnotation> remarksSeen(@Param("planId") long planId, @Param("field") PlanField field,
                                     @Param("me") long me, @Param("all") boolean all);

    /** The annotations of an author in some moderation states (blocking and unblocking). */
    @Query("select a from SiteAnnotation a where a.authorId = :author and a.moderation in :states")
    List<SiteAnnotation> byAuthor(@Param("author") long authorId,
                                  @Param("states") Collection<org.cohesion.moderation.Visibility> states);

    /** The live, visible annotations of a plan made within a time window (both ends included), oldest first. */
    @Query("""
            select a from SiteAnnotation a where a.planId = :planId and a.deleted = false
              and a.moderation = org.cohesion.moderation.Visibility.VISIBLE
              and a.createdAt >= :from and a.createdAt <= :to
            order by a.createdAt asc, a.id asc""")
    List<SiteAnnotation> createdBetween(@Param("planId") long planId, @Param("from") Instant from,
                                        @Param("to") Instant to, Limit limit);

    /** The live pins and areas on a plan's drawings (not remarks on its texts), by number. */
    List<SiteAnnotation> findByPlanIdAndDrawingIdIsNotNullAndDeletedFalseAndModerationOrderByNumberAsc(
            long planId, Visibility moderation, Limit limit);

    /** The numbers of some annotations of a plan (deleted ones too): rows of [id, number]. */
    @Query("select a.id, a.number from SiteAnnotation a where a.planId = :planId and a.id in :ids")
    List<Object[]> numbers(@Param("planId") long planId, @Param("ids") Collection<Long> ids);

    /** The live remarks on one text of a plan, by number. */
    List<SiteAnnotation> findByPlanIdAndTextFieldAndDeletedFalseOrderByNumber(long planId, PlanField field);

    @Query("""
            select a from SiteAnnotation a where a.planId = :planId and a.deleted = false
              and (a.moderation = org.cohesion.moderation.Visibility.VISIBLE or a.authorId = :me or :all = true)
              and (:drawingId is null or a.drawingId = :drawingId) and (:shape is null or a.shape = :shape)
              and (:category is null or a.category = :category) and (:status is null or a.status = :status)
            order by a.number asc""")
    List<SiteAnnotation> search(@Param("planId") long planId, @Param("drawingId") Long drawingId,
                                @Param("shape") AnnotationShape shape,
                                 @Param("category") AnnotationCategory category,
                                @Param("status") AnnotationStatus status, @Param("me") long me,
                                @Param("all") boolean all, Pageable page);

    @Query("""
            select count(a) from SiteAnnotation a where a.planId = :planId and a.deleted = false
              and (a.moderation = org.cohesion.moderation.Visibility.VISIBLE or a.authorId = :me or :all = true)
              and (:drawingId is null or a.drawingId = :drawingId) and (:shape is null or a.shape = :shape)
              and (:category is null or a.category = :category) and (:status is null or a.status = :status)
              and (:below is null or a.number < :below)""")
    long countSearch(@Param("planId") long planId, @Param("drawingId") Long drawingId,
                     @Param("shape") AnnotationShape shape, @Param("below") Integer below,
                      @Param("category") AnnotationCategory category,
                     @Param("status") AnnotationStatus status, @Param("me") long me,
                     @Param("all") boolean all);

    /** A person's live annotations and remarks older than (at, id), newest first: their trace. */
    @Query("""
            select a from SiteAnnotation a where a.authorId = :author and a.deleted = false
            and (a.createdAt < :at or (a.createdAt = :at and a.id < :id))
            order by a.createdAt desc, a.id desc""")
    List<SiteAnnotation> byAuthorBefore(@Param("author") long author, @Param("at") Instant at, @Param("id") long id,
                                        Limit limit);

    @Query("""
            select distinct a.authorId from SiteAnnotation a where a.planId = :plan and a.deleted = false
            and a.moderation = org.cohesion.moderation.Visibility.VISIBLE""")
    List<Long> visibleAuthorsOn(@Param("plan") long planId);

    @Query("""
            select a.planId, count(a) from SiteAnnotation a where a.planId in :plans and a.deleted = false
            and a.moderation = org.cohesion.moderation.Visibility.VISIBLE group by a.planId""")
    List<Object[]> visibleCountsOn(@Param("plans") Collection<Long> planIds);
}
