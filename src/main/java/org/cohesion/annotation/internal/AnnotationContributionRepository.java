package org.cohesion.annotation.internal;

import java.util.List;
import org.cohesion.annotation.SiteAnnotation;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Narrow reads of a plan's annotations for synthesis: one row of plain values per annotation. */
public interface AnnotationContributionRepository extends Repository<SiteAnnotation, Long> {

    /**
     * The plan's visible annotations (pins, areas, remarks) with author name and group, by id: rows of [id, shape,
     * category, status, body, quote, text field, drawing id, points, author id, display name, group, created].
     * Visibility is decided here and only here (only what moderation left visible: not hidden, not awaiting
     * review, not a blocked person's).
     */
    @Query("""
            select a.id, a.shape, a.category, a.status, a.body, a.quote, a.textField, a.drawingId, a.points,
                   a.authorId, u.displayName, m.stakeholderGroup, a.createdAt
            from SiteAnnotation a join User u on u.id = a.authorId
              left join Membership m on m.user.id = a.authorId and m.community.id = :community
            where a.planId = :plan and a.deleted = false and a.moderation = org.cohesion.moderation.Visibility.VISIBLE
            order by a.id""")
    List<Object[]> rows(@Param("plan") long planId, @Param("community") long communityId);

    /**
     * How many other people replied in each annotation's thread: rows of [annotation id, count], for annotations
     * with any.
     */
    @Query("""
            select a.id, count(distinct c.authorId)
            from SiteAnnotation a, DiscussionThread t, Comment c
            where a.planId = :plan and t.planId = :plan and t.subjectType = org.cohesion.discussion.SubjectType.ANNOTATION
              and t.subjectId = a.id and c.threadId = t.id and c.deleted = false and c.moderation = org.cohesion.moderation.Visibility.VISIBLE
              and c.authorId <> a.authorId
            group by a.id""")
    List<Object[]> repliers(@Param("plan") long planId);
}
