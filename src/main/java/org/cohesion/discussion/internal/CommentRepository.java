package org.cohesion.discussion.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.cohesion.discussion.Comment;
import org.cohesion.discussion.SubjectType;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CommentRepository extends JpaRepository<Comment, Long> {

    /** Visible comments, the viewer's own and, for moderators ({@code all}), every one. */
    String SEEN = "(c.moderation = org.cohesion.moderation.Visibility.VISIBLE or c.authorId = :me"
            + " or :all = true)";

    /** The newest comments of a thread the viewer sees, newest first (index thread_id, id). */
    @Query("select c from Comment c where c.threadId = :thread and " + SEEN + " order by c.id desc")
    List<Comment> newest(@Param("thread") long threadId, @Param("me") long me, @Param("all") boolean all,
                         Limit limit);

    /** The comments of a thread the viewer sees older than the given one, newest first (keyset paging). */
    @Query("select c from Comment c where c.threadId = :thread and c.id < :before and " + SEEN
            + " order by c.id desc")
    List<Comment> before(@Param("thread") long threadId, @Param("before") long beforeId, @Param("me") long me,
                         @Param("all") boolean all, Limit limit);

    /** How many comments of a thread the viewer sees. */
    @Query("select count(c) from Comment c where c.threadId = :thread and " + SEEN)
    long countSeen(@Param("thread") long threadId, @Param("me") long me, @Param("all") boolean all);

    /** The comments of an author in a moderation state (blocking and unblocking). */
    @Query("select c from Comment c where c.authorId = :author and c.moderation in :states")
    List<Comment> byAuthor(@Param("author") long authorId,
                           @Param("states") Collection<org.cohesion.moderation.Visibility> states);

    /** Comments (not deleted) per subject of the given threads of a plan: rows of [subjectId, count]. */
    @Query("""
            select t.subjectId, count(c) from Comment c, DiscussionThread t
            where c.threadId = t.id and t.planId = :plan and t.subjectType = :type and t.subjectId in :subjects
              and c.deleted = false and c.moderation = org.cohesion.moderation.Visibility.VISIBLE
            group by t.subjectId""")
    List<Object[]> countsBySubject(@Param("plan") long planId, @Param("type") SubjectType type,
                                   @Param("subjects") Collection<Long> subjectIds);

    /**
     * The comments (not deleted) of every thread of a plan posted within a time window (both ends included),
     * oldest first: rows of [comment, subject type, subject id].
     */
    @Query("""
            select c, t.subjectType, t.subjectId from Comment c, DiscussionThread t
            where c.threadId = t.id and t.planId = :plan and c.deleted = false
              and c.moderation = org.cohesion.moderation.Visibility.VISIBLE
              and c.createdAt >= :from and c.createdAt <= :to
            order by c.createdAt asc, c.id asc""")
    List<Object[]> postedBetween(@Param("plan") long planId, @Param("from") Instant from, @Param("to") Instant to,
                                 Limit limit);

    @Query("select c.id, c.authorId from Comment c where c.id in :ids")
    List<Object[]> authorsOf(@Param("ids") Collection<Long> ids);

    /** A person's live comments older than (at, id), newest first, with their threads: their trace. */
    @Query("""
            select c, t from Comment c, DiscussionThread t where c.threadId = t.id and c.authorId = :author
            and c.deleted = false and (c.createdAt < :at or (c.createdAt = :at and c.id < :id))
            order by c.createdAt desc, c.id desc""")
    List<Object[]> byAuthorBefore(@Param("author") long author, @Param("at") Instant at, @Param("id") long id,
                                  Limit limit);

    @Query("""
            select distinct c.authorId from Comment c, DiscussionThread t where c.threadId = t.id and t.planId = :plan
            and c.deleted = false and c.moderation = org.cohesion.moderation.Visibility.VISIBLE""")
    List<Long> visibleAuthorsOn(@Param("plan") long planId);

    /** Visible replies by others to each of the comments, by comment. */
    @Query("""
            select c.parentId, count(c) from Comment c, Comment p where c.parentId = p.id and p.id in :ids
            and c.authorId <> p.authorId and c.deleted = false
            and c.moderation = org.cohesion.moderation.Visibility.VISIBLE group by c.parentId""")
    List<Object[]> visibleRepliesTo(@Param("ids") Collection<Long> commentIds);

    /** Visible comments by others in the threads of each of the annotations, by annotation. */
    @Query("""
            select t.subjectId, count(c) from Comment c, DiscussionThread t where c.threadId = t.id
            and t.subjectType = org.cohesion.discussion.SubjectType.ANNOTATION and t.subjectId in :ids
            and c.authorId <> :author and c.deleted = false
            and c.moderation = org.cohesion.moderation.Visibility.VISIBLE group by t.subjectId""")
    List<Object[]> visibleCommentsOnAnnotations(@Param("ids") Collection<Long> annotationIds,
                                                @Param("author") long authorId);
}
